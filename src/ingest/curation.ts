// Entity curation, the write side shared by the API's mutations and `newsgraph entities`:
// merge two entities that are one, split an alias off into an entity of its own, and read
// the review queue of pairs ingest linked POSSIBLY_SAME_AS instead of merging them.
import { entityId } from '../extract/ids.ts';
import type { EntityType } from '../extract/types.ts';
import {
  CurationError,
  CurationRepository,
  type MergeSummary,
  type SplitSummary,
} from '../graph/curation.repository.ts';
import type { Graph } from '../graph/driver.ts';
import { EntityRepository, type PossiblySameRow } from '../graph/entity.repository.ts';
import type { Page } from '../graph/rows.ts';

export { CurationError };

export class Curator {
  private readonly curation: CurationRepository;
  private readonly entities: EntityRepository;

  constructor(graph: Graph) {
    this.curation = new CurationRepository(graph);
    this.entities = new EntityRepository(graph);
  }

  /** Merges `mergeId` into `keepId`, keeping every provenance link; refusals are CurationErrors. */
  merge(keepId: string, mergeId: string): Promise<MergeSummary> {
    return this.curation.merge(keepId, mergeId);
  }

  /**
   * Splits `alias` off `id` into a new entity of the same type, whose id is made from the
   * alias the way extraction makes ids (so later ingests of that name find it).
   */
  async splitAlias(id: string, alias: string): Promise<SplitSummary> {
    if (!alias.trim()) throw new CurationError('The alias to split off is empty', 'badInput');
    const entity = (await this.entities.byIds([id])).get(id);
    if (!entity) throw new CurationError(`No entity with id "${id}"`, 'notFound');
    return this.curation.splitAlias(id, alias, entityId(entity.type as EntityType, alias));
  }

  /** Pairs waiting for a decision, most likely first. */
  reviewQueue(first: number, offset = 0): Promise<Page<PossiblySameRow>> {
    return this.entities.possiblySame(first, offset);
  }
}
