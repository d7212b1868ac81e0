// Progress on stderr: a redrawn bar on a terminal, nothing but summary lines otherwise (CI logs).
export class Progress {
  private done = 0;
  private failed = 0;
  private last = 0;
  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = Boolean(process.stderr.isTTY) && !process.env.CI,
  ) {}

  tick(ok: boolean, name: string): void {
    this.done++;
    if (!ok) this.failed++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80) return;
    this.last = now;
    const shown = name.length > 50 ? `…${name.slice(-49)}` : name;
    this.stream.write(`\r\x1b[K${this.label} ${this.done} documents, ${this.failed} failed  ${shown}`);
  }

  /** Problems are always printed, on their own line. */
  warn(message: string): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
    this.stream.write(`${message}\n`);
  }

  end(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
