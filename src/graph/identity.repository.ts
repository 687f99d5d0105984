// Lookups for cross-article identity: which stored people a new article's names may be.
import type { Graph } from './driver.ts';

export interface PersonCandidate {
  id: string;
  name: string;
  surname: string;
}

export class IdentityRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Entities that absorbed others by curation (mergeEntities records `mergedIds`): a new
   * article naming a merged entity must land on the one it was merged into. Scans only
   * entities that have absorbed something.
   */
  async mergedInto(ids: string[]): Promise<Map<string, { id: string; name: string }>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.read((tx) =>
      tx.run(
        `MATCH (e:Entity) WHERE e.mergedIds IS NOT NULL
         UNWIND [x IN e.mergedIds WHERE x IN $ids] AS merged
         RETURN merged, e.id AS id, e.name AS name`,
        { ids },
      ),
    );
    return new Map(rows.map((r) => [r.merged as string, { id: r.id as string, name: r.name as string }]));
  }

  /** Stored people whose surname is one of `surnames` (lower case). One round trip. */
  async peopleBySurname(surnames: string[]): Promise<PersonCandidate[]> {
    if (!surnames.length) return [];
    const rows = await this.graph.read((tx) =>
      tx.run(
        `UNWIND $surnames AS s
         MATCH (p:Person {surname: s})
         RETURN p.id AS id, p.name AS name, p.surname AS surname`,
        { surnames: [...new Set(surnames)] },
      ),
    );
    return rows as unknown as PersonCandidate[];
  }
}
