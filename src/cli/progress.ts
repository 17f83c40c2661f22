// Progress bars on stderr for long CLI commands: one bar per phase, with counts and an estimate of the time left.
import cliProgress from 'cli-progress';

/** One bar per phase; update(phase, done) as work ends. Quiet (a no-op) when stderr is not a terminal. */
export interface PhaseProgress {
  update(phase: string, done: number, detail?: string): void;
  stop(): void;
}

const NONE: PhaseProgress = { update: () => undefined, stop: () => undefined };

/** "1 min 05 s", "12 s", "–" before there is anything to go on. */
export function formatTimeLeft(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '–';
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/**
 * Time left at the phase's average pace so far. Work that ends in batches (many files per transaction) makes a
 * moving window jump to zero; the average since the phase began does not.
 */
export function estimateLeft(
  startedAt: number,
  now: number,
  done: number,
  total: number,
): number | null {
  if (done <= 0) return null;
  return ((now - startedAt) / done) * (total - done);
}

export interface ProgressOptions {
  /** Defaults to process.stderr; bars are drawn only when it is a terminal. */
  stream?: NodeJS.WriteStream;
  /** Labels of the phases, in the order shown. */
  phases: { id: string; label: string }[];
  total: number;
  /** The clock, for tests. */
  now?: () => number;
}

export function phaseProgress(opts: ProgressOptions): PhaseProgress {
  const stream = opts.stream ?? process.stderr;
  if (!stream.isTTY) return NONE;
  const now = opts.now ?? (() => performance.now());
  const width = Math.max(...opts.phases.map((p) => p.label.length));
  const multi = new cliProgress.MultiBar(
    {
      stream,
      format: '{label} [{bar}] {value}/{total} | {left} left / เหลืออีก | {detail}',
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map(
    opts.phases.map((p) => [
      p.id,
      multi.create(opts.total, 0, { label: p.label.padEnd(width), left: '–', detail: '' }),
    ]),
  );
  // Every phase is timed from the start: a later phase waits on the earlier ones, so its pace includes theirs.
  const startedAt = now();
  return {
    update(phase, done, detail = '') {
      const left = done >= opts.total ? 0 : estimateLeft(startedAt, now(), done, opts.total);
      bars.get(phase)?.update(done, { left: formatTimeLeft(left), detail: detail.slice(-40) });
    },
    stop: () => multi.stop(),
  };
}
