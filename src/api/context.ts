// What every resolver gets: repositories (reads), per-request loaders, and the
// write side.
import { ArticleReadRepository } from '../graph/article-read.repository.ts';
import { ArticleRepository } from '../graph/article.repository.ts';
import type { Graph } from '../graph/driver.ts';
import { EntityRepository } from '../graph/entity.repository.ts';
import { EventRepository } from '../graph/event.repository.ts';
import { StatementRepository } from '../graph/statement.repository.ts';
import { StatsRepository } from '../graph/stats.repository.ts';
import { WalkRepository } from '../graph/walk.repository.ts';
import type { Curator } from '../ingest/curation.ts';
import type { Ingestor } from '../ingest/ingest.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Repositories {
  entities: EntityRepository;
  articles: ArticleReadRepository;
  statements: StatementRepository;
  events: EventRepository;
  walks: WalkRepository;
  stats: StatsRepository;
  /** Deletes articles with their facts (ingest goes through the Ingestor). */
  articleWrites: ArticleRepository;
}

export type Role = 'reader' | 'writer';

export interface ApiContext {
  repos: Repositories;
  loaders: Loaders;
  /** Entity curation (merge, split alias): writes go through src/ingest. */
  curator: Curator;
  /** Present when the server can ingest (CoreNLP reachable). */
  ingestor?: Ingestor;
  role: Role;
  /** Per-request memo for relation loaders created on demand. */
  memo: Map<string, unknown>;
}

export function createRepositories(graph: Graph): Repositories {
  return {
    entities: new EntityRepository(graph),
    articles: new ArticleReadRepository(graph),
    statements: new StatementRepository(graph),
    events: new EventRepository(graph),
    walks: new WalkRepository(graph),
    stats: new StatsRepository(graph),
    articleWrites: new ArticleRepository(graph),
  };
}

export function createContext(repos: Repositories, curator: Curator, role: Role, ingestor?: Ingestor): ApiContext {
  return { repos, loaders: createLoaders(repos), curator, ingestor, role, memo: new Map() };
}

/** A per-request value built once (used for argument-keyed loaders). */
export function memo<T>(ctx: ApiContext, key: string, make: () => T): T {
  if (!ctx.memo.has(key)) ctx.memo.set(key, make());
  return ctx.memo.get(key) as T;
}
