// Question: Who is quoted most?
// Parameters:
//   $limit (10) how many people
// Returns: person, statements, direct, articles
// Notes: direct counts statements in quotation marks only; articles counts where they spoke.
MATCH (p:Person)-[:SAID]->(s:Statement)-[:IN]->(a:Article)
RETURN p.name AS person,
       count(DISTINCT s) AS statements,
       count(DISTINCT CASE WHEN s.kind = 'direct' THEN s END) AS direct,
       count(DISTINCT a) AS articles
ORDER BY statements DESC, direct DESC, person
LIMIT toInteger($limit);
