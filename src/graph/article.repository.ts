// Writes one article and everything extracted from it in one transaction: the article's
// previous statements, events, mentions and roles are removed first, so re-ingesting never
// duplicates anything, and a failure anywhere leaves the article as it was before.
import type { Graph, Tx } from './driver.ts';
import { ENTITY_LABELS, labelsFor, type ArticleRecord, type WriteSummary } from './records.ts';

const sentenceOf = (sentences: { start: number; end: number }[], at: number) =>
  Math.max(
    0,
    sentences.findIndex((s) => s.start <= at && at <= s.end),
  );

export class ArticleRepository {
  constructor(private readonly graph: Graph) {}

  /** Content hash and extractor of a stored article, to skip unchanged re-ingests. */
  async fingerprint(id: string): Promise<{ contentHash: string; extractor: string } | undefined> {
    const rows = await this.graph.read((tx) =>
      tx.run('MATCH (a:Article {id: $id}) RETURN a.contentHash AS contentHash, a.extractor AS extractor', { id }),
    );
    return rows[0] as { contentHash: string; extractor: string } | undefined;
  }

  async write(r: ArticleRecord): Promise<WriteSummary> {
    return this.graph.write(async (tx) => {
      // 1: the article itself, its previous facts removed (replace semantics).
      const previous = await clearArticle(tx, r.id, {
        text: r.text,
        title: r.title ?? null,
        url: r.url ?? null,
        source: r.source ?? null,
        publishedAt: r.publishedAt ?? null,
        related: r.related,
        contentHash: r.contentHash,
        extractor: r.extractor,
        sentenceStarts: r.sentences.map((s) => s.start),
        sentenceEnds: r.sentences.map((s) => s.end),
      });
      // 2: every entity in one statement; its labels come from the allow-list (ENTITY_LABELS),
      // one literal subquery per label, never from input.
      // One row per entity id, whatever the record holds: MENTIONED_IN is one relationship
      // per entity and article, and the counters must add up to it.
      const entities = [...new Map(r.entities.map((e) => [e.id, e])).values()].map((e) => {
        const same = r.entities.filter((x) => x.id === e.id);
        return same.length === 1
          ? e
          : {
              ...e,
              aliases: [...new Set(same.flatMap((x) => [x.name, ...x.aliases]))].filter((n) => n !== e.name),
              mentions: same.flatMap((x) => x.mentions).sort((a, b) => a.start - b.start),
            };
      });
      if (entities.length) {
        await tx.run(
          `UNWIND $rows AS row
           MERGE (e:Entity {id: row.id})
           ON CREATE SET e.name = row.name, e.type = row.type, e.surname = row.surname,
                         e.aliases = [], e.createdAt = toString(datetime())
           WITH e, row, reduce(acc = coalesce(e.aliases, []), n IN row.names |
                  CASE WHEN n = e.name OR n IN acc THEN acc ELSE acc + n END) AS aliases
           SET e.aliases = aliases, e.aliasText = reduce(t = '', n IN aliases | t + ' ' + n)
           WITH e, row
           ${ENTITY_LABELS.map((t) => `CALL (e, row) { WITH e, row WHERE row.type = '${t}' SET e:${labelsFor(t)} }`).join('\n           ')}
           CALL (e, row) {
             WITH e, row WHERE size(row.starts) > 0
             MATCH (a:Article {id: $articleId})
             MERGE (e)-[m:MENTIONED_IN]->(a)
             SET m.count = size(row.starts), m.starts = row.starts, m.ends = row.ends, m.titles = row.titles,
                 e.mentionCount = coalesce(e.mentionCount, 0) + size(row.starts),
                 e.articleCount = coalesce(e.articleCount, 0) + 1
           }`,
          {
            articleId: r.id,
            rows: entities.map((e) => ({
              id: e.id,
              name: e.name,
              type: e.type,
              names: [e.name, ...e.aliases],
              surname: e.type === 'Person' ? (e.surname ?? e.name.split(/\s+/).pop()!).toLowerCase() : null,
              starts: e.mentions.map((m) => m.start),
              ends: e.mentions.map((m) => m.end),
              // A person's titles with no organisation or country, as this article gives them
              // (null for other entities): p.titles is derived from these (personTitles).
              titles:
                e.type === 'Person'
                  ? [...new Set(r.roles.filter((x) => x.personId === e.id && !x.ofId).map((x) => x.title))]
                  : null,
            })),
          },
        );
      }
      // After every entity exists, so the country is there whatever the order of types.
      const partOf = r.entities.filter((e) => e.partOf).map((e) => ({ id: e.id, partOf: e.partOf }));
      if (partOf.length) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (e:Entity {id: row.id}), (c:Entity {id: row.partOf})
           MERGE (e)-[:PART_OF]->(c)`,
          { rows: partOf },
        );
      }
      // Roles of an organisation or country are edges; titles alone are on MENTIONED_IN (above).
      const held = r.roles.filter((x) => x.ofId);
      if (held.length) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (p:Entity:Person {id: row.personId}), (o:Entity {id: row.ofId})
           MERGE (p)-[h:HOLDS_ROLE {title: row.title, source: $articleId}]->(o)
           SET h.current = row.current, h.start = row.start, h.end = row.end, h.since = row.since`,
          {
            articleId: r.id,
            rows: held.map((x) => ({
              personId: x.personId,
              ofId: x.ofId,
              title: x.title,
              current: x.current,
              start: x.span.start,
              end: x.span.end,
              since: r.publishedAt ?? null,
            })),
          },
        );
      }
      if (r.statements.length) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:Article {id: $articleId})
           MERGE (s:Statement {id: row.id})
           SET s += row.props
           MERGE (s)-[:IN]->(a)
           WITH s, row
           CALL (s, row) { MATCH (sp:Entity {id: row.speakerId}) MERGE (sp)-[:SAID]->(s) }
           CALL (s, row) { UNWIND row.about AS aid MATCH (x:Entity {id: aid}) MERGE (s)-[:ABOUT]->(x) }
           CALL (s, row) { MATCH (o:Entity {id: row.accordingTo}) MERGE (s)-[:ACCORDING_TO]->(o) }`,
          {
            articleId: r.id,
            rows: r.statements.map((s) => ({
              id: s.id,
              speakerId: s.speaker?.entityId ?? null,
              about: s.about,
              accordingTo: s.accordingTo ?? null,
              props: {
                text: r.text.slice(s.content.start, s.content.end),
                attributionId: s.attributionId ?? null,
                kind: s.kind,
                cue: s.cue ? r.text.slice(s.cue.start, s.cue.end) : null,
                cueStart: s.cue?.start ?? null,
                cueEnd: s.cue?.end ?? null,
                speakerText: s.speaker ? r.text.slice(s.speaker.start, s.speaker.end) : null,
                speakerStart: s.speaker?.start ?? null,
                speakerEnd: s.speaker?.end ?? null,
                date: s.date ?? null,
                datePrecision: s.datePrecision ?? null,
                sortDate: s.date ?? r.publishedAt ?? null,
                start: s.content.start,
                end: s.content.end,
                sentence: s.sentence,
                confidence: s.confidence,
                extractor: r.extractor,
                articleId: r.id,
              },
            })),
          },
        );
      }
      if (r.events.length) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:Article {id: $articleId})
           MERGE (ev:Event {id: row.id})
           SET ev += row.props
           MERGE (ev)-[:IN]->(a)
           WITH ev, row
           CALL (ev, row) {
             UNWIND row.participants AS p
             MATCH (x:Entity {id: p.entityId})
             MERGE (x)-[:PARTICIPANT {role: p.role}]->(ev)
           }`,
          {
            articleId: r.id,
            rows: r.events.map((e) => ({
              id: e.id,
              participants: e.participants,
              props: {
                type: e.type,
                label: e.label,
                date: e.date ?? null,
                datePrecision: e.datePrecision ?? null,
                sortDate: e.date ?? r.publishedAt ?? null,
                charges: e.charges,
                counts: e.quantities.map((q) => q.value),
                countUnits: e.quantities.map((q) => q.unit),
                countQualifiers: e.quantities.map((q) => q.qualifier ?? ''),
                start: e.trigger.start,
                end: e.trigger.end,
                sentence: e.sentence ?? sentenceOf(r.sentences, e.trigger.start),
                confidence: e.confidence,
                extractor: r.extractor,
                articleId: r.id,
              },
            })),
          },
        );
      }
      // What a statement reports happened: ABOUT the events told inside it (after both exist).
      const reports = r.statements.filter((s) => s.aboutEvents?.length);
      if (reports.length) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (s:Statement {id: row.id})
           UNWIND row.events AS eid
           MATCH (ev:Event {id: eid})
           MERGE (s)-[:ABOUT]->(ev)`,
          { rows: reports.map((s) => ({ id: s.id, events: s.aboutEvents })) },
        );
      }
      if (r.possiblySame.length) {
        await tx.run(
          `UNWIND $pairs AS p
           MATCH (a:Entity {id: p.a}), (b:Entity {id: p.b})
           MERGE (a)-[s:POSSIBLY_SAME_AS]->(b) SET s.score = p.score`,
          { pairs: r.possiblySame },
        );
      }
      const current = new Set(r.entities.map((e) => e.id));
      await personTitles(tx, [...current, ...previous]);
      const removed = await refreshEntities(
        tx,
        previous.filter((id) => !current.has(id)),
      );
      return {
        articleId: r.id,
        entities: r.entities.length,
        statements: r.statements.length,
        events: r.events.length,
        roles: r.roles.length,
        removedEntities: removed,
      };
    });
  }

  /** Removes an article and only what depends on it. False when there was no such article. */
  async delete(id: string): Promise<{ deleted: boolean; statements: number; events: number; removedEntities: number }> {
    return this.graph.write(async (tx) => {
      const found = await tx.run('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id });
      if (!found[0] || found[0].n === 0) return { deleted: false, statements: 0, events: 0, removedEntities: 0 };
      const counts = await tx.run(
        `MATCH (a:Article {id: $id})
         RETURN COUNT { (a)<-[:IN]-(:Statement) } AS statements, COUNT { (a)<-[:IN]-(:Event) } AS events`,
        { id },
      );
      const previous = await clearArticle(tx, id);
      await tx.run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id });
      await personTitles(tx, previous);
      const removed = await refreshEntities(tx, previous);
      return {
        deleted: true,
        statements: Number(counts[0].statements),
        events: Number(counts[0].events),
        removedEntities: removed,
      };
    });
  }
}

/**
 * Removes an article's own statements, events, roles and mentions (keeping entity counts in
 * step), and with `props` creates or updates the article node: one round trip. Returns the
 * ids of the entities it mentioned before.
 */
async function clearArticle(tx: Tx, id: string, props?: Record<string, unknown>): Promise<string[]> {
  const rows = await tx.run(
    `${props ? 'MERGE (a:Article {id: $id})' : 'MATCH (a:Article {id: $id})'}
     WITH a
     CALL (a) {
       MATCH (a)<-[:IN]-(x) WHERE x:Statement OR x:Event
       DETACH DELETE x
     }
     CALL (a) {
       OPTIONAL MATCH ()-[h:HOLDS_ROLE {source: a.id}]->(o:Entity)
       DELETE h
       RETURN collect(o.id) AS roleTargets
     }
     CALL (a) {
       OPTIONAL MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
       SET e.mentionCount = coalesce(e.mentionCount, 0) - m.count, e.articleCount = coalesce(e.articleCount, 0) - 1
       DELETE m
       RETURN collect(e.id) AS mentioned
     }
     ${props ? 'SET a += $props, a.ingestedAt = toString(datetime())' : ''}
     RETURN mentioned + roleTargets AS previous`,
    { id, props: props ?? null },
  );
  return (rows[0]?.previous as string[] | undefined) ?? [];
}

/**
 * A person's `titles` are those of every article that still mentions them (each
 * MENTIONED_IN keeps its article's in `titles`), so a title an article no longer gives, after
 * re-extraction or deletion, leaves the person. Mentions stored before the list was kept
 * (`titles` null) keep whatever the person had, as nothing says which article gave it.
 */
async function personTitles(tx: Tx, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (p:Entity:Person {id: id})
     WITH p, [(p)-[m:MENTIONED_IN]->(:Article) | m.titles] AS lists
     WITH p, CASE WHEN any(l IN lists WHERE l IS NULL) THEN coalesce(p.titles, []) ELSE [] END
             + reduce(acc = [], l IN lists | acc + coalesce(l, [])) AS all
     WITH p, reduce(acc = [], t IN all | CASE WHEN t IN acc THEN acc ELSE acc + t END) AS titles
     SET p.titles = CASE WHEN size(titles) = 0 THEN null ELSE titles END`,
    { ids: [...new Set(ids)] },
  );
}

const ORPHAN = `coalesce(e.articleCount, 0) <= 0
       AND NOT EXISTS { (e)-[:SAID|PARTICIPANT|HOLDS_ROLE|MENTIONED_IN]-() }
       AND NOT EXISTS { (e)<-[:ABOUT|ACCORDING_TO|PART_OF]-() }`;

/**
 * Entities nothing refers to any more (no mention, statement, event, role, nothing part of
 * them) are removed with their own PART_OF and POSSIBLY_SAME_AS links; then the countries
 * they were part of, if that leaves them with nothing.
 */
async function refreshEntities(tx: Tx, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const first = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id}) WHERE ${ORPHAN}
     OPTIONAL MATCH (e)-[:PART_OF]->(c:Entity)
     WITH e, collect(c.id) AS parents
     DETACH DELETE e
     RETURN count(*) AS removed, reduce(acc = [], ps IN collect(parents) | acc + ps) AS parents`,
    { ids: [...new Set(ids)] },
  );
  const parents = (first[0]?.parents as string[] | undefined) ?? [];
  if (!parents.length) return Number(first[0]?.removed ?? 0);
  const second = await tx.run(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE ${ORPHAN} DETACH DELETE e RETURN count(*) AS removed`,
    { ids: [...new Set(parents)] },
  );
  return Number(first[0]?.removed ?? 0) + Number(second[0]?.removed ?? 0);
}
