// Entity curation: merge two entities that are one, or split an alias off into an entity of
// its own. Each is one write transaction; relationship types and labels come from the
// allow-lists below, every value is a parameter.
import type { Graph, Tx } from './driver.ts';
import { labelsFor } from './records.ts';

/** Why a curation was refused: the resolver maps `notFound` and `badInput` to client errors. */
export class CurationError extends Error {
  constructor(
    message: string,
    readonly reason: 'notFound' | 'badInput',
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

/**
 * Relationships an entity can have, by direction, other than MENTIONED_IN (whose spans are
 * combined, below). A merge moves each of them; a relationship of a type missing here
 * stops the merge rather than being lost.
 */
const MOVABLE = [
  { type: 'SAID', out: true },
  { type: 'ABOUT', out: false },
  { type: 'ACCORDING_TO', out: false },
  { type: 'PARTICIPANT', out: true },
  { type: 'HOLDS_ROLE', out: true },
  { type: 'HOLDS_ROLE', out: false },
  { type: 'PART_OF', out: true },
  { type: 'PART_OF', out: false },
  { type: 'POSSIBLY_SAME_AS', out: true },
  { type: 'POSSIBLY_SAME_AS', out: false },
] as const;

/** Moves one type of relationship from $mergeId to $keepId, skipping exact duplicates. */
const moveQuery = ({ type, out }: (typeof MOVABLE)[number]) => {
  const [l, r] = out ? ['-', '->'] : ['<-', '-'];
  return `MATCH (m:Entity {id: $mergeId})${l}[r:${type}]${r}(x)
    WHERE x.id IS NULL OR x.id <> $keepId
    MATCH (k:Entity {id: $keepId})
    WITH k, x, r, properties(r) AS props
    CALL (k, x, props) {
      WITH k, x, props WHERE NOT EXISTS { (k)${l}[q:${type}]${r}(x) WHERE properties(q) = props }
      CREATE (k)${l}[n:${type}]${r}(x) SET n = props
    }
    DELETE r
    RETURN count(*) AS moved`;
};

const distinctList = (expr: string) => `reduce(acc = [], n IN ${expr} | CASE WHEN n IN acc THEN acc ELSE acc + n END)`;

/** Mention spans of $mergeId join those of $keepId in each article, in text order. */
const MOVE_MENTIONS = `MATCH (m:Entity {id: $mergeId})-[r:MENTIONED_IN]->(a:Article)
  MATCH (k:Entity {id: $keepId})
  MERGE (k)-[km:MENTIONED_IN]->(a)
  WITH r, km, coalesce(km.starts, []) + coalesce(r.starts, []) AS starts, coalesce(km.ends, []) + coalesce(r.ends, []) AS ends,
       CASE WHEN km.starts IS NULL THEN r.titles
            WHEN km.titles IS NULL OR r.titles IS NULL THEN null
            ELSE ${distinctList('km.titles + r.titles')} END AS titles
  CALL (starts, ends) {
    UNWIND range(0, size(starts) - 1) AS i
    WITH DISTINCT starts[i] AS s, ends[i] AS e ORDER BY s, e
    RETURN collect(s) AS ss, collect(e) AS es
  }
  SET km.starts = ss, km.ends = es, km.count = size(ss), km.titles = titles
  DELETE r
  RETURN count(*) AS moved`;

async function recount(tx: Tx, ids: string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Article)
       RETURN coalesce(sum(m.count), 0) AS mentions, count(m) AS articles
     }
     SET e.mentionCount = mentions, e.articleCount = articles`,
    { ids },
  );
}

export interface MergeSummary {
  keepId: string;
  /** Relationships moved from the merged entity (mentions counted per article). */
  moved: number;
  aliases: string[];
}

export interface SplitSummary {
  entityId: string;
  createdId: string;
  movedMentions: number;
  movedStatements: number;
}

export class CurationRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Merges `mergeId` into `keepId`: every relationship moves over (provenance included), the
   * merged name and aliases become aliases of the kept entity, its id is recorded in
   * `mergedIds`, and the merged entity is deleted.
   */
  async merge(keepId: string, mergeId: string): Promise<MergeSummary> {
    if (keepId === mergeId)
      throw new CurationError(`keepId and mergeId are both "${keepId}": give two different entities`, 'badInput');
    return this.graph.write(async (tx) => {
      const found = await tx.run(
        'UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) RETURN id, e IS NOT NULL AS found',
        {
          ids: [keepId, mergeId],
        },
      );
      const missing = found.filter((r) => !r.found).map((r) => r.id as string);
      if (missing.length)
        throw new CurationError(`No entity with id ${missing.map((m) => `"${m}"`).join(' or ')}`, 'notFound');
      const params = { keepId, mergeId };
      let moved = Number((await tx.run(MOVE_MENTIONS, params))[0]?.moved ?? 0);
      for (const move of MOVABLE) moved += Number((await tx.run(moveQuery(move), params))[0]?.moved ?? 0);
      const left = await tx.run(
        `MATCH (m:Entity {id: $mergeId})-[r]-(x) WHERE x.id IS NULL OR x.id <> $keepId RETURN collect(DISTINCT type(r)) AS types`,
        params,
      );
      const types = (left[0]?.types as string[]) ?? [];
      if (types.length) {
        throw new CurationError(
          `"${mergeId}" has relationships the merge does not know how to move (${types.join(', ')}); nothing was changed`,
          'badInput',
        );
      }
      const rows = await tx.run(
        `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
         WITH k, m, ${distinctList('[n IN [m.name] + coalesce(k.aliases, []) + coalesce(m.aliases, []) WHERE n <> k.name]')} AS aliases
         SET k.aliases = aliases,
             k.aliasText = reduce(t = '', n IN aliases | t + ' ' + n),
             k.mergedIds = ${distinctList('coalesce(k.mergedIds, []) + [m.id] + coalesce(m.mergedIds, [])')},
             k.titles = CASE WHEN k.titles IS NULL AND m.titles IS NULL THEN null ELSE ${distinctList('coalesce(k.titles, []) + coalesce(m.titles, [])')} END
         DETACH DELETE m
         RETURN aliases`,
        params,
      );
      await recount(tx, [keepId]);
      return { keepId, moved, aliases: (rows[0]?.aliases as string[]) ?? [] };
    });
  }

  /**
   * Splits `alias` off `entityId` into a new entity `newId` of the same type named `alias`:
   * the alias leaves the original; mention spans whose text is the alias, and statements
   * whose speaker was written as the alias, move to the new entity.
   */
  async splitAlias(entityId: string, alias: string, newId: string): Promise<SplitSummary> {
    return this.graph.write(async (tx) => {
      const found = await tx.run(
        `OPTIONAL MATCH (e:Entity {id: $entityId})
         RETURN e.type AS type, e.aliases AS aliases, EXISTS { (:Entity {id: $newId}) } AS taken`,
        { entityId, newId },
      );
      const { type, aliases, taken } = found[0] as { type: string | null; aliases: string[] | null; taken: boolean };
      if (!type) throw new CurationError(`No entity with id "${entityId}"`, 'notFound');
      if (!(aliases ?? []).includes(alias)) {
        throw new CurationError(
          `"${alias}" is not an alias of "${entityId}" (its aliases: ${(aliases ?? []).map((a) => `"${a}"`).join(', ') || 'none'})`,
          'badInput',
        );
      }
      if (taken)
        throw new CurationError(
          `An entity "${newId}" already exists: merge the alias's mentions into it with mergeEntities`,
          'badInput',
        );
      const params = { entityId, alias, newId };
      // Labels from the allow-list (labelsFor throws on anything else).
      await tx.run(
        `MATCH (e:Entity {id: $entityId})
         CREATE (n:Entity:${labelsFor(type)} {id: $newId, name: $alias, type: e.type, aliases: [], aliasText: '',
                 splitFrom: e.id, createdAt: toString(datetime())})
         SET n.surname = CASE WHEN e.type = 'Person' THEN toLower(last(split($alias, ' '))) ELSE null END
         WITH e, [a IN e.aliases WHERE a <> $alias] AS aliases
         SET e.aliases = aliases, e.aliasText = reduce(t = '', n IN aliases | t + ' ' + n)`,
        params,
      );
      const mentions = await tx.run(
        `MATCH (e:Entity {id: $entityId})-[m:MENTIONED_IN]->(a:Article)
         MATCH (n:Entity {id: $newId})
         WITH n, m, a, [i IN range(0, size(m.starts) - 1) WHERE substring(a.text, m.starts[i], m.ends[i] - m.starts[i]) = $alias] AS moved
         WHERE size(moved) > 0
         CREATE (n)-[nm:MENTIONED_IN]->(a)
         SET nm.starts = [i IN moved | m.starts[i]], nm.ends = [i IN moved | m.ends[i]], nm.count = size(moved)
         WITH m, moved, [i IN range(0, size(m.starts) - 1) WHERE NOT i IN moved] AS kept
         SET m.starts = [i IN kept | m.starts[i]], m.ends = [i IN kept | m.ends[i]], m.count = size(kept)
         WITH m, moved, kept
         CALL (m, kept) { WITH m, kept WHERE size(kept) = 0 DELETE m }
         RETURN sum(size(moved)) AS moved`,
        params,
      );
      const statements = await tx.run(
        `MATCH (e:Entity {id: $entityId})-[r:SAID]->(s:Statement {speakerText: $alias})
         MATCH (n:Entity {id: $newId})
         CREATE (n)-[:SAID]->(s)
         DELETE r
         RETURN count(*) AS moved`,
        params,
      );
      await recount(tx, [entityId, newId]);
      return {
        entityId,
        createdId: newId,
        movedMentions: Number(mentions[0]?.moved ?? 0),
        movedStatements: Number(statements[0]?.moved ?? 0),
      };
    });
  }
}
