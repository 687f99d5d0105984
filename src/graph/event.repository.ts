// Reads of events (who did what to whom, when): by id, filtered pages, and per-entity pages
// of the events an entity took part in, batched for many entities in one round trip.
import type { Graph } from './driver.ts';
import { pagesByParent, perParentPage, rootPage, runRootPage } from './paging.ts';
import {
  dateRange,
  eventProjection,
  factDate,
  toEventRow,
  whereAll,
  type EventRow,
  type Page,
  type PageArgs,
} from './rows.ts';

export interface EventFilterInput {
  types?: string[];
  participant?: string;
  role?: string;
  court?: string;
  from?: string;
  to?: string;
}

const ORDER = `${factDate('ev')} DESC, ev.articleId, ev.start`;

/** The tests of the filters given; the participant test is left out where the match is anchored on it. */
function where(f: EventFilterInput, anchoredOnParticipant: boolean): string {
  const participation = [f.participant && 'p.id = $participant', f.role && 'r.role = $role'].filter(Boolean);
  return whereAll([
    !!f.types?.length && 'ev.type IN $types',
    (f.role || (f.participant && !anchoredOnParticipant)) &&
      `EXISTS { MATCH (p:Entity)-[r:PARTICIPANT]->(ev) WHERE ${participation.join(' AND ')} }`,
    f.court && "EXISTS { (:Entity {id: $court})-[:PARTICIPANT {role: 'court'}]->(ev) }",
    (f.from || f.to) && dateRange(factDate('ev')),
  ]);
}

export class EventRepository {
  constructor(private readonly graph: Graph) {}

  async byIds(ids: readonly string[]): Promise<Map<string, EventRow>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.read((tx) =>
      tx.run(`UNWIND $ids AS id MATCH (ev:Event {id: id}) RETURN ${eventProjection('ev')} AS ev`, {
        ids: [...new Set(ids)],
      }),
    );
    return new Map(rows.map((r) => toEventRow(r.ev as Record<string, unknown>)).map((e) => [e.id, e]));
  }

  async list(filter: EventFilterInput, page: PageArgs): Promise<Page<EventRow>> {
    const anchor = filter.participant
      ? `MATCH (:Entity {id: $participant})-[:PARTICIPANT]->(ev:Event)`
      : filter.court
        ? `MATCH (:Entity {id: $court})-[:PARTICIPANT]->(ev:Event)`
        : `MATCH (ev:Event)`;
    const match = `${anchor} WITH ev ${where(filter, !!filter.participant)}`;
    return runRootPage(
      this.graph,
      rootPage(match, 'ev', ORDER, eventProjection('ev')),
      page,
      {
        types: filter.types?.length ? filter.types : null,
        participant: filter.participant ?? null,
        role: filter.role ?? null,
        court: filter.court ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
      },
      toEventRow,
    );
  }

  /** The events each statement reports (ABOUT), in the order the article tells them. */
  async reportedBy(ids: readonly string[]): Promise<Map<string, EventRow[]>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (s:Statement {id: id})
         CALL (s) {
           OPTIONAL MATCH (s)-[:ABOUT]->(ev:Event)
           WITH ev ORDER BY ev.start
           RETURN collect(${eventProjection('ev')}) AS evs
         }
         RETURN id, evs`,
        { ids: [...new Set(ids)] },
      ),
    );
    return new Map(
      rows.map((r) => [r.id as string, (r.evs as Record<string, unknown>[]).map(toEventRow)] as [string, EventRow[]]),
    );
  }

  /** Events each entity took part in (with `role`, when given), newest first. */
  ofEntities(ids: readonly string[], role: string | undefined, page: PageArgs): Promise<Map<string, Page<EventRow>>> {
    return pagesByParent(
      this.graph,
      `UNWIND $ids AS id
       MATCH (x:Entity {id: id})
       CALL (x) {
         MATCH (x)-[r:PARTICIPANT]->(ev:Event)
         WHERE $role IS NULL OR r.role = $role
         WITH DISTINCT ev ORDER BY ${ORDER}
         ${perParentPage('ev', eventProjection('ev'))}
       }
       RETURN id, total, items`,
      ids,
      page,
      { role: role ?? null },
      toEventRow,
    );
  }
}
