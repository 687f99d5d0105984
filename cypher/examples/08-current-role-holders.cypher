// Question: Who currently holds a role (minister, president, envoy…) of a country or organisation?
// Parameters:
//   $of ("Israel") name or alias of the country or organisation
// Returns: person, title, since, articles
// Notes: roles come from titles in the text ("Israeli Prime Minister Benjamin Netanyahu");
// "former Defense Minister" is stored with current = false and left out here. since is the
// earliest publication date of an article that gave the title.
MATCH (o:Entity)
WHERE (o:Country OR o:Organisation) AND (o.name = $of OR $of IN o.aliases)
MATCH (p:Person)-[h:HOLDS_ROLE]->(o)
WHERE h.current = true
RETURN p.name AS person, h.title AS title, min(h.since) AS since, collect(DISTINCT h.source) AS articles
ORDER BY title, person;
