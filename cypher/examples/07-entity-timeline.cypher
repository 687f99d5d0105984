// Question: What is an entity's timeline: what it said, what was said about it, which events
// it took part in, in date order?
// Parameters:
//   $name ("Benjamin Netanyahu") name or alias of the entity
// Returns: date, dated, fact, role, what, article
// Notes: facts without a date of their own are placed on their article's publication day
// (dated = false for those).
MATCH (x:Entity) WHERE x.name = $name OR $name IN x.aliases
CALL (x) {
  MATCH (x)-[:SAID]->(s:Statement)
  RETURN s AS f, 'Statement' AS fact, 'speaker' AS role, s.text AS what
  UNION
  MATCH (s:Statement)-[:ABOUT]->(x)
  RETURN s AS f, 'Statement' AS fact, 'about' AS role, s.text AS what
  UNION
  MATCH (x)-[p:PARTICIPANT]->(e:Event)
  RETURN e AS f, 'Event' AS fact, p.role AS role, e.type + ': ' + e.label AS what
}
MATCH (f)-[:IN]->(a:Article)
RETURN coalesce(f.date, a.publishedAt) AS date, f.date IS NOT NULL AS dated, fact, role, what, a.id AS article
ORDER BY date, fact, role;
