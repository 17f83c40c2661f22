// Progress bars: the time-left estimate, its wording, and silence when stderr is not a terminal.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { estimateLeft, formatTimeLeft, phaseProgress } from './progress';

describe('estimateLeft', () => {
  it.each([
    // started, now, done, total → ms left
    [0, 10_000, 0, 100, null],
    [0, 10_000, 50, 100, 10_000],
    [0, 10_000, 25, 100, 30_000],
    [5_000, 6_000, 100, 100, 0],
  ])('from %i ms to %i ms with %i of %i done: %s ms left', (start, now, done, total, left) => {
    expect(estimateLeft(start, now, done, total)).toBe(left);
  });
});

describe('formatTimeLeft', () => {
  it.each([
    [null, '–'],
    [Infinity, '–'],
    [400, '0 s'],
    [12_400, '12 s'],
    [65_000, '1 min 05 s'],
  ])('%s ms → %s', (ms, text) => {
    expect(formatTimeLeft(ms)).toBe(text);
  });
});

/** A stream that says it is (or is not) a terminal and keeps what is written to it. */
function fakeStderr(isTTY: boolean) {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & { text: () => string };
  let text = '';
  s.isTTY = isTTY;
  s.columns = 160;
  s.cursorTo = (() => true) as NodeJS.WriteStream['cursorTo'];
  s.clearLine = (() => true) as NodeJS.WriteStream['clearLine'];
  s.moveCursor = (() => true) as NodeJS.WriteStream['moveCursor'];
  s.on('data', (d: Buffer) => (text += d.toString()));
  s.text = () => text;
  return s;
}

describe('phaseProgress', () => {
  const phases = [
    { id: 'parse', label: 'parse' },
    { id: 'write', label: 'write' },
  ];

  it('writes nothing when stderr is not a terminal', async () => {
    const err = fakeStderr(false);
    const p = phaseProgress({ stream: err, phases, total: 10 });
    p.update('parse', 5, 'a.txt');
    p.stop();
    await new Promise((r) => setImmediate(r));
    expect(err.text()).toBe('');
  });

  it('shows each phase with its count and the time left at the pace so far', async () => {
    const err = fakeStderr(true);
    let t = 0;
    const p = phaseProgress({ stream: err, phases, total: 10, now: () => t });
    t = 4_000;
    p.update('parse', 4, 'reports/a.txt');
    p.update('write', 2, 'reports/b.txt');
    // Bars are drawn on a timer (and cleared by stop()): wait for one drawing.
    await new Promise((r) => setTimeout(r, 300));
    p.stop();
    expect(err.text()).toMatch(/parse \[[^\]]*\] 4\/10 \| 6 s left \/ เหลืออีก \| reports\/a\.txt/);
    expect(err.text()).toMatch(/write \[[^\]]*\] 2\/10 \| 16 s left \/ เหลืออีก \| reports\/b\.txt/);
  });
});
