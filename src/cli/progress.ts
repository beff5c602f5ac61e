import type { ScanProgress } from '../scan.js';

/**
 * Scan progress on stderr (never stdout, which carries only the report): a redrawn bar when stderr is a
 * terminal (cli-progress); with `--progress` and no terminal (CI logs), a plain line every few seconds and
 * one at the end. The crawl streams,
 * so the totals grow while it runs: percentage and ETA appear once it has finished and the totals are
 * final; before that the line shows what has been scanned and the rate.
 */

export interface ProgressOptions {
  stream: NodeJS.WritableStream;
  /** The stream is a terminal. */
  tty: boolean;
  /** `--progress`: show it even without a terminal. */
  force: boolean;
  /** `--quiet`: never show it. */
  quiet: boolean;
  /** Plain-line interval without a terminal (default 5 s). */
  intervalMs?: number;
}

export interface ProgressDisplay {
  update(p: ScanProgress): void;
  stop(): void;
}

function size(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.ceil(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.round((s % 3600) / 60)).padStart(2, '0')}m`;
}

const n = (v: number) => v.toLocaleString('en-US');

/** One progress line (without the bar); `elapsedS` since the scan started. */
export function progressLine(p: ScanProgress, elapsedS: number): string {
  const rate = elapsedS > 0 ? p.bytes / elapsedS : 0;
  const left = p.discoveredBytes - p.bytes;
  const files = p.crawlDone ? `${n(p.files)}/${n(p.discoveredFiles)} files` : `${n(p.files)} files (${n(p.discoveredFiles)} found so far)`;
  const bytes = p.crawlDone ? `${size(p.bytes)}/${size(p.discoveredBytes)}` : size(p.bytes);
  const parts = [files, bytes, `${n(p.rows)} rows`, `${n(p.findings)} findings`, `${size(Math.round(rate))}/s`];
  if (p.crawlDone && rate > 0 && left > 0) parts.push(`ETA ${duration(left / rate)}`);
  return parts.join(' · ');
}

/** The display for these options, or null when nothing is to be shown. */
export async function createProgress(o: ProgressOptions): Promise<ProgressDisplay | null> {
  if (o.quiet || (!o.tty && !o.force)) return null;
  const t0 = performance.now();
  const elapsed = () => (performance.now() - t0) / 1000;
  let last: ScanProgress = { files: 0, bytes: 0, rows: 0, findings: 0, discoveredFiles: 0, discoveredBytes: 0, crawlDone: false };
  if (!o.tty) {
    // A log, not a screen: a line per interval and a last one at the end, nothing redrawn.
    const timer = setInterval(() => o.stream.write(`piiscan: ${progressLine(last, elapsed())}\n`), o.intervalMs ?? 5000);
    timer.unref();
    return {
      update: (p) => void (last = p),
      stop() {
        clearInterval(timer);
        o.stream.write(`piiscan: ${progressLine(last, elapsed())}\n`);
      },
    };
  }
  // Only a terminal gets the bar: a CI log or a quiet scan does not load cli-progress at all.
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar({
    stream: o.stream,
    fps: 5,
    // Ctrl-C must still end the scan: no SIGINT handler (cli-progress's gracefulExit keeps the process
    // alive), and so no hidden cursor that a killed process could leave behind.
    hideCursor: false,
    gracefulExit: false,
    format: (options, params) => {
      const graph = last.crawlDone ? `${cliProgress.Format.BarFormat(params.progress, options)} ${Math.floor(params.progress * 100)}% ` : '';
      return `${graph}${progressLine(last, elapsed())}`;
    },
  });
  bar.start(1, 0);
  return {
    update(p) {
      last = p;
      bar.setTotal(Math.max(1, p.discoveredBytes));
      bar.update(p.bytes);
    },
    stop() {
      bar.stop();
    },
  };
}
