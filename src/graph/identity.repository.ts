// Lookups for cross-article identity: which stored people a new article's names may be.
import type { Graph } from './driver.ts';

export interface PersonCandidate {
  id: string;
  name: string;
  surname: string;
}

export class IdentityRepository {
  constructor(private readonly graph: Graph) {}

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
