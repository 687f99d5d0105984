// Question: What was said and what happened between two dates?
// Parameters:
//   $from ("2025-06-09") first day, ISO date (YYYY-MM-DD)
//   $to ("2025-06-12") last day, ISO date (YYYY-MM-DD)
// Returns: date, fact, type, who, summary, article
// Notes: dates are ISO strings of day, month or year precision ("2025-06-10", "2024-11",
// "2023"); a fact counts from the first day of its period, so "2024-11" is in a range that
// contains 2024-11-01. Facts without a date of their own are left out.
CALL () {
  MATCH (s:Statement)
  WHERE s.date IS NOT NULL AND left(s.date + '-01-01', 10) >= $from AND left(s.date + '-01-01', 10) <= $to
  OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
  RETURN s.date AS date, 'Statement' AS fact, s.kind AS type,
         [n IN [coalesce(sp.name, s.speakerText)] WHERE n IS NOT NULL] AS who, s.text AS summary, s.articleId AS article
  UNION ALL
  MATCH (e:Event)
  WHERE e.date IS NOT NULL AND left(e.date + '-01-01', 10) >= $from AND left(e.date + '-01-01', 10) <= $to
  OPTIONAL MATCH (p:Entity)-[:PARTICIPANT]->(e)
  RETURN e.date AS date, 'Event' AS fact, e.type AS type,
         collect(DISTINCT p.name) AS who, e.label AS summary, e.articleId AS article
}
RETURN date, fact, type, who, summary, article
ORDER BY date, fact, type;
