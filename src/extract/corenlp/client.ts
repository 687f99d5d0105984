// HTTP client for one or more CoreNLP servers. Requests go to the least busy server, at
// most `perServer` at a time each, so several servers (CORENLP_URL=a,b) work together.
import type { CoreDocument } from './types.ts';

export class CoreNlpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreNlpError';
  }
}

export interface AnnotateOptions {
  /** Document date (YYYY-MM-DD) that SUTime resolves relative dates against. */
  date?: string;
  /** Pipeline properties for this request instead of the server's preloaded ones ("annotators", …). */
  properties?: Record<string, string>;
}

export class CoreNlpClient {
  private readonly busy: number[];
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly urls: string[],
    private readonly perServer = 2,
    private readonly timeoutMs = 180_000,
  ) {
    if (!urls.length) throw new CoreNlpError('No CoreNLP server URL given');
    this.busy = urls.map(() => 0);
  }

  get capacity(): number {
    return this.urls.length * this.perServer;
  }

  private async acquire(): Promise<number> {
    for (;;) {
      let best = -1;
      for (let i = 0; i < this.busy.length; i++) {
        if (this.busy[i] < this.perServer && (best < 0 || this.busy[i] < this.busy[best])) best = i;
      }
      if (best >= 0) {
        this.busy[best]++;
        return best;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(i: number): void {
    this.busy[i]--;
    this.waiting.shift()?.();
  }

  async annotate(text: string, opts: AnnotateOptions = {}): Promise<CoreDocument> {
    const i = await this.acquire();
    const base = this.urls[i];
    try {
      const params = new URLSearchParams({ properties: JSON.stringify({ ...opts.properties, outputFormat: 'json' }) });
      if (opts.date) params.set('date', opts.date);
      let res: Response;
      try {
        res = await fetch(`${base}/?${params}`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: text,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (err) {
        throw new CoreNlpError(`CoreNLP at ${base} did not answer: ${(err as Error).message}`);
      }
      const body = await res.text();
      if (!res.ok) {
        throw new CoreNlpError(`CoreNLP at ${base} answered ${res.status}: ${body.slice(0, 300)}`);
      }
      try {
        return JSON.parse(body) as CoreDocument;
      } catch {
        throw new CoreNlpError(`CoreNLP at ${base} returned invalid JSON: ${body.slice(0, 200)}`);
      }
    } finally {
      this.release(i);
    }
  }
}
