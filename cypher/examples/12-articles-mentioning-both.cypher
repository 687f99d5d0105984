// Question: Which articles mention both of two entities?
// Parameters:
//   $a ("Benjamin Netanyahu") name or alias of the first entity
//   $b ("Hamas") name or alias of the second entity
// Returns: article, published, title, mentionsA, mentionsB
MATCH (x:Entity) WHERE x.name = $a OR $a IN x.aliases
MATCH (y:Entity) WHERE y.name = $b OR $b IN y.aliases
MATCH (x)-[mx:MENTIONED_IN]->(art:Article)<-[my:MENTIONED_IN]-(y)
RETURN art.id AS article, art.publishedAt AS published, art.title AS title, mx.count AS mentionsA, my.count AS mentionsB
ORDER BY published, article;
