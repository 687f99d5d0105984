// Per-request batching: relation fields ask a loader, which runs one query for all parents
// at that level, so nested queries cost one round trip per level, never one per row.
import DataLoader from 'dataloader';
import type { Repositories } from './context.ts';
import type { ArticleRow, EntityRow } from '../graph/rows.ts';

export function createLoaders(repos: Repositories) {
  return {
    entity: new DataLoader<string, EntityRow | null>(async (ids) => {
      const found = await repos.entities.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    article: new DataLoader<string, ArticleRow | null>(async (ids) => {
      const found = await repos.articles.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A loader for a relation field with arguments: parents asking with the same arguments are
 * batched together into one call of `batch`.
 */
export function argsLoader<A, R>(batch: (ids: readonly string[], args: A) => Promise<Map<string, R>>, empty: R) {
  const byArgs = new Map<string, DataLoader<string, R>>();
  return (id: string, args: A): Promise<R> => {
    const key = JSON.stringify(args);
    let loader = byArgs.get(key);
    if (!loader) {
      loader = new DataLoader<string, R>(async (ids) => {
        const found = await batch(ids, args);
        return ids.map((i) => found.get(i) ?? empty);
      });
      byArgs.set(key, loader);
    }
    return loader.load(id);
  };
}
