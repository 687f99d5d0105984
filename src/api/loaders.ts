// Per-request batching: relation fields ask a loader, which runs one query for all parents
// at that level, so nested queries cost one round trip per level, never one per row.
import DataLoader from 'dataloader';
import type { Repositories } from './context.ts';
import type { CoMentionRow, RoleRow } from '../graph/entity.repository.ts';
import type { ArticleRow, EntityRow, EventRow, Page, PageArgs, StatementRow, SubgraphRow } from '../graph/rows.ts';

/**
 * Dispatch a batch once every parent of a level has asked. Field resolvers reach their
 * loader after asynchronous argument validation, a different number of microtasks for
 * each parent, so DataLoader's default (the end of the current tick) would split one
 * level into several batches; setImmediate waits until the event loop has run them all.
 */
const options = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

const byId = <R>(load: (ids: readonly string[]) => Promise<Map<string, R>>) =>
  new DataLoader<string, R | null>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? null);
  }, options);

const listById = <R>(load: (ids: readonly string[]) => Promise<Map<string, R[]>>) =>
  new DataLoader<string, R[]>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? []);
  }, options);

const emptyPage = <T>(): Page<T> => ({ items: [], totalCount: 0, offset: 0 });

export function createLoaders(repos: Repositories) {
  return {
    entity: byId<EntityRow>((ids) => repos.entities.byIds(ids)),
    article: byId<ArticleRow>((ids) => repos.articles.byIds(ids)),
    statement: byId<StatementRow>((ids) => repos.statements.byIds(ids)),
    event: byId<EventRow>((ids) => repos.events.byIds(ids)),
    roles: listById<RoleRow>((ids) => repos.entities.rolesOf(ids)),
    holders: listById<RoleRow>((ids) => repos.entities.holdersOf(ids)),
    reported: listById<EventRow>((ids) => repos.events.reportedBy(ids)),
    said: argsLoader<PageArgs, Page<StatementRow>>((ids, page) => repos.statements.saidBy(ids, page), emptyPage()),
    statementsAbout: argsLoader<PageArgs, Page<StatementRow>>(
      (ids, page) => repos.statements.about(ids, page),
      emptyPage(),
    ),
    events: argsLoader<PageArgs & { role?: string }, Page<EventRow>>(
      (ids, { role, ...page }) => repos.events.ofEntities(ids, role, page),
      emptyPage(),
    ),
    articles: argsLoader<PageArgs, Page<ArticleRow>>((ids, page) => repos.entities.articlesOf(ids, page), emptyPage()),
    coMentions: argsLoader<{ first: number }, CoMentionRow[]>(
      (ids, { first }) => repos.entities.coMentions(ids, first),
      [],
    ),
    connections: argsLoader<{ limit: number }, SubgraphRow>((ids, { limit }) => repos.walks.connectionsOf(ids, limit), {
      nodes: [],
      edges: [],
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
      }, options);
      byArgs.set(key, loader);
    }
    return loader.load(id);
  };
}
