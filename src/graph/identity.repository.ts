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
   * Everything cross-article resolution needs, in one round trip:
   * - `merged`: for ids that curation merged away (mergeEntities records `mergedIds`), the
   *   entity they now are — a new article naming them must land there. Scans only entities
   *   that have absorbed something;
   * - `people`: stored people whose surname is one of `surnames` (lower case).
   */
  async lookup(
    ids: string[],
    surnames: string[],
  ): Promise<{ merged: Map<string, { id: string; name: string }>; people: PersonCandidate[] }> {
    const rows = await this.graph.read((tx) =>
      tx.run(
        `CALL () {
           MATCH (e:Entity) WHERE e.mergedIds IS NOT NULL
           UNWIND [x IN e.mergedIds WHERE x IN $ids] AS merged
           RETURN collect({ merged: merged, id: e.id, name: e.name }) AS merged
         }
         CALL () {
           UNWIND $surnames AS s
           MATCH (p:Entity:Person {surname: s})
           RETURN collect({ id: p.id, name: p.name, surname: p.surname }) AS people
         }
         RETURN merged, people`,
        { ids, surnames: [...new Set(surnames)] },
      ),
    );
    const merged = (rows[0]?.merged ?? []) as { merged: string; id: string; name: string }[];
    return {
      merged: new Map(merged.map((m) => [m.merged, { id: m.id, name: m.name }])),
      people: (rows[0]?.people ?? []) as PersonCandidate[],
    };
  }
}
