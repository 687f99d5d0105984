// Question: How are two entities connected? All shortest paths through statements, events,
// roles and identity links (articles are left out: every pair in one article would be two hops apart).
// Parameters:
//   $from ("Hamas") name or alias of the first entity
//   $to ("International Criminal Court") name or alias of the second entity
// Returns: hops, nodes, relationships
// Notes: at most 8 hops; a path length cannot be a parameter in Cypher, edit the 8 to change it.
MATCH (x:Entity) WHERE x.name = $from OR $from IN x.aliases
MATCH (y:Entity) WHERE y.name = $to OR $to IN y.aliases
MATCH p = allShortestPaths((x)-[:SAID|ABOUT|ACCORDING_TO|PARTICIPANT|HOLDS_ROLE|PART_OF|POSSIBLY_SAME_AS*..8]-(y))
RETURN length(p) AS hops,
       [n IN nodes(p) |
         CASE
           WHEN n:Entity THEN n.name
           WHEN n:Event THEN n.type + ' "' + n.label + '"'
           ELSE 'Statement "' + left(n.text, 60) + '"'
         END] AS nodes,
       [r IN relationships(p) | type(r) + coalesce(' ' + r.role, '')] AS relationships
ORDER BY hops
LIMIT 25;
