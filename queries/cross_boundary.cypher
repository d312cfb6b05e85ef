// name: cross_boundary
// zh: 跨镇（或跨区县、跨市）的结对有哪些？如城乡结对、跨区域共驻共建。
// en: Which pairings cross town (or county, or city) boundaries, such as 城乡结对 and 共驻共建 across areas?
// param: level str{town,county,city} = town — the boundary: town (also subdistricts), county (districts, counties) or city
// columns: a_id, a, a_area_id, a_area, b_id, b, b_area_id, b_area, kinds, since, confidence
// example: pbkg query cross_boundary --param level=town
//
// Each unit's area is the place of that level it lies in through PART_OF (itself when it
// is one); when the data give a unit two such places, the one with the smallest id counts.
// Pairings where either unit has no known area of that level are left out.
MATCH (a:Entity)-[r:PAIRED_WITH]->(b:Entity)
MATCH (a)-[:PART_OF*0..]->(pa:Entity {level: $level})
WITH a, r, b, min(pa.id) AS a_area_id
MATCH (b)-[:PART_OF*0..]->(pb:Entity {level: $level})
WITH a, r, b, a_area_id, min(pb.id) AS b_area_id
WHERE a_area_id <> b_area_id
MATCH (pa:Entity {id: a_area_id}), (pb:Entity {id: b_area_id})
RETURN a.id AS a_id,
       a.name AS a,
       a_area_id,
       pa.name AS a_area,
       b.id AS b_id,
       b.name AS b,
       b_area_id,
       pb.name AS b_area,
       coalesce(r.kinds, []) AS kinds,
       r.since AS since,
       r.confidence AS confidence
ORDER BY a_id, b_id
