// Question: Where exactly is an entity mentioned? Each mention with the words around it,
// cut from the stored article text (provenance down to the character).
// Parameters:
//   $name ("Hamas") name or alias of the entity
//   $context (40) characters of context on each side
// Returns: article, published, start, end, mention, snippet
// Notes: MENTIONED_IN keeps the offsets (UTF-16, as read) in two parallel lists, starts and ends.
MATCH (x:Entity) WHERE x.name = $name OR $name IN x.aliases
MATCH (x)-[m:MENTIONED_IN]->(a:Article)
UNWIND range(0, size(m.starts) - 1) AS i
WITH a, m.starts[i] AS start, m.ends[i] AS end, toInteger($context) AS c
WITH a, start, end, c, CASE WHEN start - c < 0 THEN 0 ELSE start - c END AS from
RETURN a.id AS article,
       a.publishedAt AS published,
       start,
       end,
       substring(a.text, start, end - start) AS mention,
       substring(a.text, from, end + c - from) AS snippet
ORDER BY published, start;
