// name: area_network
// zh: 某镇、街道或区内部的结对网络：双方都在该区域内（含区域本身）的全部结对。
// en: The pairing network inside a town, subdistrict or district: every pairing whose two units both lie in the area (through PART_OF), the area itself included.
// param: area str — the area: its id, name, an alias or its division code
// columns: area_id, a_id, a, a_label, b_id, b, b_label, kinds, since, confidence, article_count
// example: pbkg query area_network --param area=朱泾镇
//
// A pairing is listed once, from the unit with the smaller id to the larger.
MATCH (area:Entity)
WHERE NOT area:Person
  AND (area.id = $area OR area.name = $area OR $area IN coalesce(area.aliases, [])
       OR area.division_code = $area)
MATCH (a:Entity)-[r:PAIRED_WITH]->(b:Entity)
WHERE EXISTS { (a)-[:PART_OF*0..]->(area) } AND EXISTS { (b)-[:PART_OF*0..]->(area) }
RETURN area.id AS area_id,
       a.id AS a_id,
       a.name AS a,
       head([l IN ['Organization', 'Village', 'ResidentsCommittee', 'Region', 'Person']
             WHERE l IN labels(a)]) AS a_label,
       b.id AS b_id,
       b.name AS b,
       head([l IN ['Organization', 'Village', 'ResidentsCommittee', 'Region', 'Person']
             WHERE l IN labels(b)]) AS b_label,
       coalesce(r.kinds, []) AS kinds,
       r.since AS since,
       r.confidence AS confidence,
       size(coalesce(r.articles, [])) AS article_count
ORDER BY area_id, a_id, b_id
