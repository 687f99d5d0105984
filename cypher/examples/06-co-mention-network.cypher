// Question: Which entities are mentioned together, and how often? (a weighted network)
// Parameters:
//   $minArticles (2) keep pairs mentioned together in at least this many articles
//   $limit (100) at most this many pairs, strongest first
// Returns: source, sourceType, target, targetType, weight, mentions
// Notes: weight = number of articles that mention both; mentions = sum over those
// articles of the smaller mention count of the two (how intertwined they are there).
MATCH (a:Entity)-[ma:MENTIONED_IN]->(art:Article)<-[mb:MENTIONED_IN]-(b:Entity)
WHERE a.id < b.id
WITH a, b, count(art) AS weight, sum(CASE WHEN ma.count < mb.count THEN ma.count ELSE mb.count END) AS mentions
WHERE weight >= $minArticles
RETURN a.name AS source, a.type AS sourceType, b.name AS target, b.type AS targetType, weight, mentions
ORDER BY weight DESC, mentions DESC, source, target
LIMIT toInteger($limit);
