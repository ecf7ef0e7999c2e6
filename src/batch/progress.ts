import { createRequire } from 'node:module';

type CliProgress = typeof import('cli-progress');

/** Progress of a batch on stderr. */
export interface Progress {
  /** The number of inputs when known (counted while the batch runs). */
  setTotal(total: number): void;
  /** One input done. */
  tick(): void;
  /** Prints a line above the bar. */
  log(line: string): void;
  stop(): void;
}

export const NO_PROGRESS: Progress = { setTotal() {}, tick() {}, log() {}, stop() {} };

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * A cli-progress bar: inputs done / total (or "?" while the total is being counted), inputs per second
 * and ETA. `unit` names what is counted ("files", "lines").
 */
export function progressBar(stream: ProgressStream, unit: string): Progress {
  const started = Date.now();
  let total: number | undefined;
  let done = 0;
  // Loaded here, not at start-up: a run without a bar (output piped, --quiet) never needs it.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as CliProgress;
  const multibar = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `{bar} {value}/{totalText} ${unit} | {rate}/s | ETA {etaText}`,
      barsize: 24,
      hideCursor: false,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multibar.create(0, 0, payload());
  multibar.update(); // the first frame now, not one frame later
  function payload(): Record<string, string> {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = total !== undefined && rate > 0 ? Math.max(0, (total - done) / rate) : undefined;
    return {
      totalText: total === undefined ? '?' : String(total),
      rate: rate.toFixed(1),
      etaText: eta === undefined ? '?' : formatSeconds(eta),
    };
  }
  return {
    setTotal(count) {
      total = count;
      bar.setTotal(count);
      bar.update(done, payload());
      multibar.update();
    },
    tick() {
      done++;
      if (total === undefined || done > total) bar.setTotal(done);
      bar.update(done, payload());
    },
    log(line) {
      multibar.log(line.endsWith('\n') ? line : `${line}\n`);
    },
    stop() {
      multibar.update(); // prints the lines logged since the last frame
      multibar.stop();
    },
  };
}

function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
