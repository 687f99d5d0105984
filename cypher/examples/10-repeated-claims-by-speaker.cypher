// Question: Did a speaker say things about the same subject in different articles (repeated,
// updated or contradicting claims)? Pairs of one speaker's statements that share an ABOUT entity.
// Parameters:
//   $speaker ("Benjamin Netanyahu") name or alias of the speaker
// Returns: speaker, topic, earlier, earlierDate, earlierArticle, later, laterDate, laterArticle
// Notes: whether two claims agree is for the reader to judge; this finds the pairs to read.
MATCH (sp:Entity) WHERE sp.name = $speaker OR $speaker IN sp.aliases
MATCH (sp)-[:SAID]->(s1:Statement)-[:ABOUT]->(topic:Entity)<-[:ABOUT]-(s2:Statement)<-[:SAID]-(sp)
MATCH (s1)-[:IN]->(a1:Article), (s2)-[:IN]->(a2:Article)
WHERE a1 <> a2
  AND [coalesce(s1.date, a1.publishedAt), s1.id] < [coalesce(s2.date, a2.publishedAt), s2.id]
RETURN sp.name AS speaker,
       topic.name AS topic,
       s1.text AS earlier, coalesce(s1.date, a1.publishedAt) AS earlierDate, a1.id AS earlierArticle,
       s2.text AS later, coalesce(s2.date, a2.publishedAt) AS laterDate, a2.id AS laterArticle
ORDER BY topic, earlierDate, laterDate;
