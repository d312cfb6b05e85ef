// name: shortest_path
// zh: 两个单位之间最短的结对路径是什么？
// en: What is the shortest partnership path between two units?
// param: source str — the first unit: id, name, alias or division code
// param: target str — the second unit: id, name, alias or division code
// columns: step, id, name, label, kind
// example: pbkg query shortest_path --param source=待泾村 --param target=中国银行金山支行
//
// One row per unit on the path; `kind` is the pairing word of the step that reached it.
// Of several shortest paths, the one whose list of unit ids sorts first is shown.
MATCH (s:Entity)
WHERE NOT s:Person
  AND (s.id = $source OR s.name = $source OR $source IN coalesce(s.aliases, [])
       OR s.division_code = $source)
MATCH (t:Entity)
WHERE NOT t:Person AND t <> s
  AND (t.id = $target OR t.name = $target OR $target IN coalesce(t.aliases, [])
       OR t.division_code = $target)
MATCH p = allShortestPaths((s)-[:PAIRED_WITH*]-(t))
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY length(p), ids
LIMIT 1
UNWIND range(0, length(p)) AS step
WITH p, step, nodes(p)[step] AS n
RETURN step,
       n.id AS id,
       n.name AS name,
       head([l IN ['Organization', 'Village', 'ResidentsCommittee', 'Region', 'Person']
             WHERE l IN labels(n)]) AS label,
       CASE WHEN step = 0 THEN null ELSE relationships(p)[step - 1].kind END AS kind
ORDER BY step
