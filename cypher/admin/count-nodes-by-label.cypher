// Node counts for each label of the graph model, from the count store (O(1)). Params: none. Returns: label, count.
MATCH (n:Article) WITH count(n) AS count RETURN 'Article' AS label, count
UNION ALL
MATCH (n:Actor) WITH count(n) AS count RETURN 'Actor' AS label, count
UNION ALL
MATCH (n:Location) WITH count(n) AS count RETURN 'Location' AS label, count
UNION ALL
MATCH (n:Incident) WITH count(n) AS count RETURN 'Incident' AS label, count
UNION ALL
MATCH (n:Claim) WITH count(n) AS count RETURN 'Claim' AS label, count
