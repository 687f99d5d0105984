// Counts over the whole graph, in one round trip (label and relationship counts come from
// Neo4j's count store; the breakdowns read the type and kind indexes).
import type { Graph } from './driver.ts';

export interface CountRow {
  key: string;
  count: number;
}

export interface StatsRow {
  articles: number;
  entities: number;
  statements: number;
  events: number;
  relationships: number;
  possiblySamePairs: number;
  entitiesByType: CountRow[];
  eventsByType: CountRow[];
  statementsByKind: CountRow[];
  lastIngestedAt: string | null;
}

export class StatsRepository {
  constructor(private readonly graph: Graph) {}

  async stats(): Promise<StatsRow> {
    const rows = await this.graph.read((tx) =>
      tx.run(
        `RETURN COUNT { (:Article) } AS articles, COUNT { (:Entity) } AS entities,
                COUNT { (:Statement) } AS statements, COUNT { (:Event) } AS events,
                COUNT { ()-[]->() } AS relationships, COUNT { ()-[:POSSIBLY_SAME_AS]->() } AS possiblySamePairs,
                COLLECT { MATCH (e:Entity) WITH e.type AS key, count(*) AS count ORDER BY count DESC, key RETURN { key: key, count: count } } AS entitiesByType,
                COLLECT { MATCH (ev:Event) WITH ev.type AS key, count(*) AS count ORDER BY count DESC, key RETURN { key: key, count: count } } AS eventsByType,
                COLLECT { MATCH (s:Statement) WITH s.kind AS key, count(*) AS count ORDER BY count DESC, key RETURN { key: key, count: count } } AS statementsByKind,
                COLLECT { MATCH (a:Article) RETURN a.ingestedAt AS at ORDER BY at DESC LIMIT 1 } AS last`,
      ),
    );
    const r = rows[0] as Record<string, unknown>;
    return {
      articles: Number(r.articles),
      entities: Number(r.entities),
      statements: Number(r.statements),
      events: Number(r.events),
      relationships: Number(r.relationships),
      possiblySamePairs: Number(r.possiblySamePairs),
      entitiesByType: r.entitiesByType as CountRow[],
      eventsByType: r.eventsByType as CountRow[],
      statementsByKind: r.statementsByKind as CountRow[],
      lastIngestedAt: ((r.last as string[])[0] as string | undefined) ?? null,
    };
  }
}
