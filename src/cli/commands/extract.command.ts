// `newsgraph extract --format jsonl <files|dirs>`: the pipeline without a database, one JSON
// object per article on stdout, in input order (ARCHITECTURE §5).
import { toContractJson, type Extractor } from '../../extract/extract.ts';
import type { SourceArticle } from '../../extract/types.ts';
import { expandInputs, readInput } from '../../ingest/files.ts';
import { log, openRuntime, withRuntime } from '../runtime.ts';

export async function extractCommand(inputs: string[], opts: { format: string }): Promise<number> {
  if (opts.format !== 'jsonl') throw new Error(`Unknown format "${opts.format}": only jsonl is supported`);
  const files = expandInputs(inputs);
  const rt = await openRuntime(['corenlp'], { quiet: false });
  return withRuntime(rt, () => run(files, rt.extractor!, rt.settings.corenlp.threads * rt.services.coreNlpUrls.length));
}

async function run(files: string[], extractor: Extractor, concurrency: number): Promise<number> {
  // Results are produced out of order and written in order.
  const lines: (string | undefined)[] = [];
  let next = 0;
  let written = 0;
  let failures = 0;
  const flush = () => {
    while (written < lines.length && lines[written] !== undefined) {
      process.stdout.write(`${lines[written]}\n`);
      lines[written++] = '';
    }
  };
  const jobs: { file: string; slot: number; article?: SourceArticle; error?: string }[] = [];
  // Reading is cheap and may fan out (feeds): read everything first to number the slots.
  for (const file of files) {
    try {
      for (const article of await readInput(file)) jobs.push({ file, slot: jobs.length, article });
    } catch (err) {
      jobs.push({ file, slot: jobs.length, error: (err as Error).message });
    }
  }
  lines.length = jobs.length;
  const t0 = Date.now();
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (job.error || !job.article) {
        failures++;
        log(`refused: ${job.error}`);
        lines[job.slot] = JSON.stringify({
          doc: docName(job.file),
          error: job.error,
          entities: [],
          statements: [],
          events: [],
        });
      } else {
        try {
          lines[job.slot] = JSON.stringify(toContractJson(await extractor.extract(job.article)));
        } catch (err) {
          failures++;
          log(`failed: ${job.article.name}: ${(err as Error).message}`);
          lines[job.slot] = JSON.stringify({
            doc: job.article.name,
            error: (err as Error).message,
            entities: [],
            statements: [],
            events: [],
          });
        }
      }
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  flush();
  log(`extract: ${jobs.length} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${failures} refused or failed`);
  return failures ? 1 : 0;
}

const docName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
