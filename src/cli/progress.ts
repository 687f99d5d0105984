// Progress for long ingests: a bar on a terminal, plain lines otherwise (CI logs, pipes).
import cliProgress from 'cli-progress';
import type { IngestResult } from '../ingest/ingest.ts';

export interface Progress {
  update(r: IngestResult, done: number, total: number): void;
  stop(): void;
}

export function ingestProgress(total: number): Progress {
  const t0 = Date.now();
  let facts = 0;
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(2);
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'ingest [{bar}] {value}/{total} articles | {facts} facts | {rate}/s | ETA {eta_formatted} | {last}',
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { facts: 0, rate: '0', last: '' });
    return {
      update(r, done, n) {
        if (n !== bar.getTotal()) bar.setTotal(n);
        facts += (r.summary?.statements ?? 0) + (r.summary?.events ?? 0) + (r.summary?.entities ?? 0);
        bar.update(done + 1, { facts, rate: rate(done + 1), last: `${r.status} ${r.name}`.slice(0, 40) });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    update(r, done, n) {
      facts += (r.summary?.statements ?? 0) + (r.summary?.events ?? 0) + (r.summary?.entities ?? 0);
      const eta = (Math.max(0, n - done - 1) / Math.max(0.001, Number(rate(done + 1)))).toFixed(0);
      const why = r.reason ? ` — ${r.reason}` : '';
      process.stderr.write(
        `[${done + 1}/${n}] ${r.status} ${r.name}${why} (${facts} facts, ${rate(done + 1)} articles/s, ETA ${eta} s)\n`,
      );
    },
    stop: () => {},
  };
}
