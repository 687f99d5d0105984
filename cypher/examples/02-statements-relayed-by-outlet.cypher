// Question: Which statements did an outlet relay, whether it reported them ("according to
// X", an ACCORDING_TO link) or is itself given as their speaker ("X reports", "the daily said")?
// Parameters:
//   $outlet ("Anadolu") name or alias of the outlet (an Organisation)
// Returns: relayedAs, speaker, statement, date, article
// Notes: relayedAs is ACCORDING_TO when the outlet is named as the source of someone
// else's statement, SAID when the outlet is the speaker.
MATCH (o:Organisation)
WHERE o.name = $outlet OR $outlet IN o.aliases
CALL (o) {
  MATCH (s:Statement)-[:ACCORDING_TO]->(o)
  OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
  RETURN s, 'ACCORDING_TO' AS relayedAs, coalesce(sp.name, s.speakerText) AS speaker
  UNION
  MATCH (o)-[:SAID]->(s:Statement)
  RETURN s, 'SAID' AS relayedAs, o.name AS speaker
}
MATCH (s)-[:IN]->(a:Article)
RETURN relayedAs, speaker, s.text AS statement, coalesce(s.date, a.publishedAt) AS date, a.id AS article
ORDER BY date, relayedAs;
