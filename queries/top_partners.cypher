// name: top_partners
// zh: 结对伙伴最多的单位有哪些？
// en: Which units have the most partners?
// param: limit int = 10 — how many units to list
// columns: id, name, label, partners, articles
// example: pbkg query top_partners --param limit=5
//
// `partners` counts distinct partner units; `articles` counts the distinct articles that
// report any of the unit's pairings. Ties are broken by id.
MATCH (u:Entity)-[r:PAIRED_WITH]-(p:Entity)
WITH u, count(DISTINCT p) AS partners
WITH u, partners,
     COLLECT { MATCH (u)-[s:PAIRED_WITH]-() UNWIND s.articles AS art RETURN DISTINCT art } AS arts
RETURN u.id AS id,
       u.name AS name,
       head([l IN ['Organization', 'Village', 'ResidentsCommittee', 'Region', 'Person']
             WHERE l IN labels(u)]) AS label,
       partners,
       size(arts) AS articles
ORDER BY partners DESC, id
LIMIT $limit
