// Question: Which entities might be the same one and wait for a curator's decision
// (the POSSIBLY_SAME_AS review queue)?
// Parameters:
//   $minScore (0.5) only links at least this likely
// Returns: entity, entityId, candidate, candidateId, score, entityArticles, candidateArticles, sharedArticles
// Notes: ingest links a surname ("Netanyahu") to the full names it could be, and a full
// name to a stored surname-only person; it never merges them by itself.
MATCH (a:Entity)-[r:POSSIBLY_SAME_AS]->(b:Entity)
WHERE r.score >= $minScore
RETURN a.name AS entity, a.id AS entityId,
       b.name AS candidate, b.id AS candidateId,
       r.score AS score,
       COUNT { (a)-[:MENTIONED_IN]->(:Article) } AS entityArticles,
       COUNT { (b)-[:MENTIONED_IN]->(:Article) } AS candidateArticles,
       COUNT { (a)-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(b) } AS sharedArticles
ORDER BY score DESC, entity, candidate;
