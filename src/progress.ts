// Progress on stderr through cli-progress: on a terminal a bar with documents and MB done, rate, ETA
// and failures so far; elsewhere (pipes, CI logs) nothing but the problems and the summary line.
// The bar runs over the inputs' bytes on disk when they are known (files), else it just counts.
import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { listInputs } from './document/read.js';

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  enabled?: boolean;
  /** The command's inputs, to size the bar (directories are listed, stdin is unsized). */
  inputs?: readonly string[];
}

export interface ProgressTotals {
  documents: number;
  failed: number;
  /** UTF-8 bytes of the documents' text. */
  bytes: number;
  seconds: number;
}

const MB = 1e6;

export class Progress {
  private done = 0;
  private failed = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;
  private multi: cliProgress.MultiBar | undefined;
  private bar: cliProgress.SingleBar | undefined;
  /** Input bytes on disk: files already passed plus the current one's text so far, capped at its size. */
  private readonly sizes = new Map<string, number>();
  private total = 0;
  private passed = 0;
  private current: string | undefined;
  private currentBytes = 0;

  constructor(
    private readonly label: string,
    opts: ProgressOptions = {},
  ) {
    this.stream = opts.stream ?? process.stderr;
    this.enabled = opts.enabled ?? (Boolean(this.stream.isTTY) && !process.env.CI);
    if (!this.enabled) return;
    for (const entry of listInputs(opts.inputs ?? [])) {
      if ('error' in entry || entry.path === '-') continue;
      try {
        const size = statSync(entry.path).size;
        this.sizes.set(entry.path, size);
        this.total += size;
      } catch {
        // reported by the reader
      }
    }
    this.multi = new cliProgress.MultiBar(
      {
        stream: this.stream,
        format: `${label} {bar} {percentage}% | {docs} docs, {mb}/{totalMb} MB | {rate} MB/s | ETA {eta_formatted} | {failed} failed`,
        hideCursor: true,
        clearOnComplete: true,
        fps: 8,
        etaBuffer: 50,
        autopadding: true,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar = this.multi.create(Math.max(1, this.total), 0, this.payload());
  }

  /** One input done (a document or a failure); `bytes` is the size of its text. */
  tick(ok: boolean, name: string, bytes = 0): void {
    this.done++;
    if (!ok) this.failed++;
    this.bytes += bytes;
    if (!this.bar) return;
    const file = name.replace(/ \([^)]*\)$/, '').replace(/:\d+$/, '');
    if (file !== this.current) {
      if (this.current !== undefined) this.passed += this.sizes.get(this.current) ?? 0;
      this.current = file;
      this.currentBytes = 0;
    }
    this.currentBytes += bytes;
    const size = this.sizes.get(file);
    const value = this.passed + (size === undefined ? 0 : Math.min(this.currentBytes, size));
    this.bar.update(Math.min(value, this.total), this.payload());
  }

  /** Problems are always printed, on their own line (above the bar on a terminal). */
  warn(message: string): void {
    if (this.multi) this.multi.log(`${message}\n`);
    else this.stream.write(`${message}\n`);
  }

  totals(): ProgressTotals {
    return { documents: this.done, failed: this.failed, bytes: this.bytes, seconds: (Date.now() - this.started) / 1000 };
  }

  /** Removes the bar; on a terminal prints the summary line. */
  end(): ProgressTotals {
    if (this.bar && this.multi) {
      this.bar.update(this.total, this.payload());
      this.multi.stop();
      this.bar = undefined;
      this.multi = undefined;
      this.stream.write(`${this.label}: ${formatRate(this.totals())}\n`);
    }
    return this.totals();
  }

  private payload() {
    const secs = Math.max(1e-3, (Date.now() - this.started) / 1000);
    return {
      docs: this.done,
      failed: this.failed,
      mb: (this.bytes / MB).toFixed(1),
      totalMb: this.total ? (this.total / MB).toFixed(1) : '?',
      rate: (this.bytes / MB / secs).toFixed(2),
    };
  }
}

/** "1234 documents, 5.6 MB in 7.8 s: 0.72 MB/s, 158.2 docs/s, 0 failed". */
export function formatRate(t: ProgressTotals): string {
  const secs = Math.max(1e-3, t.seconds);
  return (
    `${t.documents} documents, ${(t.bytes / MB).toFixed(2)} MB in ${t.seconds.toFixed(1)} s: ` +
    `${(t.bytes / MB / secs).toFixed(2)} MB/s, ${(t.documents / secs).toFixed(1)} docs/s, ${t.failed} failed`
  );
}
