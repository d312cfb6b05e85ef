// name: brokers
// zh: 哪些单位是结对网络中的"桥梁"（中介中心度最高）？
// en: Which units broker the pairing network, i.e. have the highest betweenness?
// param: limit int = 10 — how many units to list
// columns: id, name, label, betweenness, partners
// example: pbkg query brokers --param limit=5
//
// Betweenness is Freeman's, unnormalised, on the undirected PAIRED_WITH network: for every
// pair of units s < t joined by a partnership path, each unit strictly inside a shortest
// s–t path gains (shortest paths through it) / (all shortest s–t paths). Neo4j Community
// has no GDS, so this enumerates all shortest paths in plain Cypher: exact, and fine for
// graphs of a few thousand units; it is rounded half-up to 4 decimals (as Cypher's round)
// so that the embedded mode (networkx) returns identical rows. Units with betweenness 0
// are left out. Exact betweenness needs the shortest paths between all pairs (Brandes is
// O(units × pairings)), so no plain Cypher avoids the square; one GQL `ALL SHORTEST` search
// per source instead of one allShortestPaths per pair was tried on 5.26 and is 3–13×
// slower (200 units / 300 pairings: 3.1 s against 1.1 s; 400 / 600: 105 s against 7.9 s).
MATCH (s:Entity)-[:PAIRED_WITH]-()
WITH DISTINCT s
MATCH (t:Entity)-[:PAIRED_WITH]-()
WITH DISTINCT s, t
WHERE s.id < t.id
MATCH p = allShortestPaths((s)-[:PAIRED_WITH*]-(t))
WITH s, t, collect(p) AS paths
WITH s, t, paths, size(paths) AS total
UNWIND paths AS p
UNWIND nodes(p)[1..-1] AS v
WITH v, s, t, total, count(*) AS through
WITH v, sum(toFloat(through) / total) AS b
WITH v, round(b, 4) AS betweenness
RETURN v.id AS id,
       v.name AS name,
       head([l IN ['Organization', 'Village', 'ResidentsCommittee', 'Region', 'Person']
             WHERE l IN labels(v)]) AS label,
       betweenness,
       COUNT { (v)-[:PAIRED_WITH]-() } AS partners
ORDER BY betweenness DESC, id
LIMIT $limit
