// Question: What did a court do (warrants, rulings, cases), and against whom?
// Parameters:
//   $court ("International Criminal Court") name or alias of the court
// Returns: court, event, label, date, charges, against, article
// Notes: "against" lists the event's target participants; courts are :Court:Organisation.
MATCH (c:Court)
WHERE c.name = $court OR $court IN c.aliases
MATCH (c)-[:PARTICIPANT]->(e:Event)-[:IN]->(a:Article)
OPTIONAL MATCH (t:Entity)-[:PARTICIPANT {role: 'target'}]->(e)
WITH c, e, a, collect(DISTINCT t.name) AS against
RETURN c.name AS court,
       e.type AS event,
       e.label AS label,
       e.date AS date,
       e.charges AS charges,
       against,
       a.id AS article
ORDER BY date, event;
