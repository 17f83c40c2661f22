// How the CLI prints without losing output into a pipe: writes that respect backpressure, and an exit that waits for the flush.
import { once } from 'node:events';
import type { Readable } from 'node:stream';

/**
 * Writes to stdout and waits when the stream asks us to (backpressure). Into a pipe, Node writes asynchronously: a
 * large result sits in memory until the reader takes it, and process.exit() would throw away whatever is left.
 */
export async function out(chunk: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** One line (or several) of text on stdout. */
export function line(text: string): Promise<void> {
  return out(`${text}\n`);
}

/** Copies a stream (e.g. an HTTP response body) to stdout without holding it all in memory. */
export async function outStream(source: Readable): Promise<void> {
  for await (const chunk of source) await out(chunk as Uint8Array);
}

/** Resolves once everything written to the stream so far has been handed to the operating system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    // Writes complete in order, so the callback of an empty write comes after every earlier write.
    else stream.write('', () => resolve());
  });
}

/** Ends the process with code once stdout and stderr are flushed. */
export async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
