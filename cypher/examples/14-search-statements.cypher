// Question: Which statements use some words? (full-text search, best match first)
// Parameters:
//   $query ("ceasefire") Lucene query: words, "a phrase", ceasefire AND hostages, hostage*
// Returns: score, speaker, statement, date, article
// Notes: uses the statement_text full-text index of cypher/schema.cypher.
CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
MATCH (node)-[:IN]->(a:Article)
OPTIONAL MATCH (sp:Entity)-[:SAID]->(node)
RETURN score, coalesce(sp.name, node.speakerText) AS speaker, node.text AS statement,
       coalesce(node.date, a.publishedAt) AS date, a.id AS article
ORDER BY score DESC, date;
