// `newsgraph entities merge|split|review`: entity curation from the command line, the same
// operations as the API's mergeEntities / splitAlias mutations (through src/ingest/curation).
import { CurationError, Curator } from '../../ingest/curation.ts';
import { log, openRuntime, withRuntime } from '../runtime.ts';

/** Runs one curation against the graph; a refusal is reported and exits 1, nothing changed. */
async function curate(work: (c: Curator) => Promise<string[]>): Promise<number> {
  const rt = await openRuntime(['neo4j'], { quiet: true });
  return withRuntime(rt, async () => {
    try {
      for (const line of await work(new Curator(rt.graph!))) process.stdout.write(`${line}\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof CurationError)) throw err;
      log(`entities: ${err.message}`);
      return 1;
    }
  });
}

export function mergeCommand(keepId: string, mergeId: string): Promise<number> {
  return curate(async (c) => {
    const s = await c.merge(keepId, mergeId);
    return [
      `merged ${mergeId} into ${s.keepId}: ${s.moved} relationships moved`,
      `aliases of ${s.keepId}: ${s.aliases.length ? s.aliases.join(', ') : '(none)'}`,
    ];
  });
}

export function splitCommand(id: string, alias: string): Promise<number> {
  return curate(async (c) => {
    const s = await c.splitAlias(id, alias);
    return [
      `split "${alias}" off ${s.entityId} into ${s.createdId}: ${s.movedMentions} mentions and ${s.movedStatements} statements moved`,
    ];
  });
}

export function reviewCommand(opts: { first?: string; json?: boolean }): Promise<number> {
  const first = Number(opts.first ?? 50);
  if (!Number.isInteger(first) || first < 1 || first > 1000) {
    log(`entities review: --first must be a whole number from 1 to 1000, got "${opts.first}"`);
    return Promise.resolve(1);
  }
  return curate(async (c) => {
    const page = await c.reviewQueue(first);
    if (opts.json) return page.items.map((p) => JSON.stringify(p));
    return [
      `${page.totalCount} pair(s) waiting for review${page.totalCount > page.items.length ? ` (first ${page.items.length} shown)` : ''}`,
      ...page.items.map(
        (p) =>
          `${p.score.toFixed(2)}  ${p.a.id} (${p.a.name}, ${p.a.articleCount} articles)  ~  ${p.b.id} (${p.b.name}, ${p.b.articleCount} articles)`,
      ),
      ...(page.items.length ? ['merge a pair with `npx newsgraph entities merge <keepId> <mergeId>`'] : []),
    ];
  });
}
