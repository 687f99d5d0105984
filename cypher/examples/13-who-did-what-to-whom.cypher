// Question: Who did what to whom? Events of one type with their agents, targets and
// other participants.
// Parameters:
//   $type ("Rejection") an event type: Meeting, Negotiation, Proposal, Agreement, Rejection,
//   Attack, Killing, Detention, Release, ArrestWarrant, LegalCase, Ruling, Sanction,
//   Accusation, Election, Appointment, Resignation, Protest, Disaster, Coup, Acquisition,
//   Dismissal, Death, RateDecision
// Returns: date, label, agents, targets, others, article
MATCH (e:Event {type: $type})-[:IN]->(a:Article)
OPTIONAL MATCH (x:Entity)-[p:PARTICIPANT]->(e)
WITH e, a, collect({name: x.name, role: p.role}) AS parts
RETURN coalesce(e.date, a.publishedAt) AS date,
       e.label AS label,
       [q IN parts WHERE q.role = 'agent' | q.name] AS agents,
       [q IN parts WHERE q.role = 'target' | q.name] AS targets,
       [q IN parts WHERE q.name IS NOT NULL AND NOT q.role IN ['agent', 'target'] | q.role + ': ' + q.name] AS others,
       a.id AS article
ORDER BY date, label;
