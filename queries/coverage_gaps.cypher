// name: coverage_gaps
// zh: 某区域内哪些村、居委会没有任何结对记录？
// en: Which villages and residents' committees of an area have no recorded pairing (coverage gaps)?
// param: area str — the area: its id, name, an alias or its division code
// columns: area_id, id, name, label, division_code, parent
// example: pbkg query coverage_gaps --param area=金山区
//
// Only places the corpus mentions are in the graph, so a gap means "mentioned, never
// reported paired". `parent` is the smallest-id place the unit is directly PART_OF.
MATCH (area:Entity)
WHERE NOT area:Person
  AND (area.id = $area OR area.name = $area OR $area IN coalesce(area.aliases, [])
       OR area.division_code = $area)
MATCH (v:Entity)-[:PART_OF*1..]->(area)
WHERE (v:Village OR v:ResidentsCommittee) AND NOT EXISTS { (v)-[:PAIRED_WITH]-() }
WITH DISTINCT area, v
RETURN area.id AS area_id,
       v.id AS id,
       v.name AS name,
       head([l IN ['Organization', 'Village', 'ResidentsCommittee', 'Region', 'Person']
             WHERE l IN labels(v)]) AS label,
       v.division_code AS division_code,
       head(COLLECT { MATCH (v)-[:PART_OF]->(p) RETURN p.name ORDER BY p.id LIMIT 1 }) AS parent
ORDER BY area_id, id
