// `newsgraph ingest <files|dirs>`: bulk ingest with progress, a summary, and a non-zero
// exit code when anything was refused or failed.
import { expandInputs } from '../../ingest/files.ts';
import { Ingestor, type IngestResult } from '../../ingest/ingest.ts';
import { ingestProgress } from '../progress.ts';
import { log, openRuntime, withRuntime, type Runtime } from '../runtime.ts';

export async function ingestCommand(
  inputs: string[],
  opts: { force?: boolean; concurrency?: string },
): Promise<number> {
  const rt = await openRuntime(['neo4j', 'corenlp']);
  return withRuntime(rt, async () => {
    const results = await ingestWith(rt, inputs, {
      force: opts.force,
      concurrency: opts.concurrency ? Number(opts.concurrency) : undefined,
    });
    return results.some((r) => r.status === 'refused' || r.status === 'failed') ? 1 : 0;
  });
}

export async function ingestWith(
  rt: Runtime,
  inputs: string[],
  opts: { force?: boolean; concurrency?: number } = {},
): Promise<IngestResult[]> {
  const ingestor = new Ingestor(rt.graph!, rt.extractor!);
  // Created before the first article so that rates and ETA count from the start.
  const progress = ingestProgress(expandInputs(inputs).length);
  const t0 = Date.now();
  const results = await ingestor.ingestPaths(inputs, {
    force: opts.force,
    concurrency: opts.concurrency ?? rt.settings.corenlp.threads * rt.services.coreNlpUrls.length,
    onResult: (r, done, total) => progress.update(r, done, total),
  });
  progress.stop();
  summarise(results, Date.now() - t0);
  return results;
}

export function summarise(results: IngestResult[], ms: number): void {
  const count = (s: IngestResult['status']) => results.filter((r) => r.status === s).length;
  const facts = results.reduce((n, r) => n + (r.summary ? r.summary.statements + r.summary.events : 0), 0);
  log(
    `ingest: ${count('ingested')} ingested, ${count('unchanged')} unchanged, ${count('refused')} refused, ` +
      `${count('failed')} failed; ${facts} statements and events written in ${(ms / 1000).toFixed(1)} s`,
  );
  for (const r of results.filter((x) => x.status === 'refused' || x.status === 'failed'))
    log(`  ${r.status}: ${r.reason}`);
}
