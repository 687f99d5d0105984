// Question: Who said what about an entity (a person, organisation, court, place…)?
// Parameters:
//   $about ("Gaza") name or alias of the entity the statements are about
// Returns: speaker, kind, cue, statement, date, article
// Notes: a statement is ABOUT every entity named inside its content. The speaker is the
// resolved entity when there is one, else the words of the article ("a spokesman").
MATCH (x:Entity)
WHERE x.name = $about OR $about IN x.aliases
MATCH (s:Statement)-[:ABOUT]->(x)
MATCH (s)-[:IN]->(a:Article)
OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
RETURN coalesce(sp.name, s.speakerText) AS speaker,
       s.kind AS kind,
       s.cue AS cue,
       s.text AS statement,
       coalesce(s.date, a.publishedAt) AS date,
       a.id AS article
ORDER BY date, speaker;
