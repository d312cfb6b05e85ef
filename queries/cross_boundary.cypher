// name: cross_boundary
// zh: 跨镇（或跨区县、跨市）的结对有哪些？如城乡结对、跨区域共驻共建。
// en: Which pairings cross town (or county, or city) boundaries, such as 城乡结对 and 共驻共建 across areas?
// param: level str{town,county,city} = town — the boundary: town (also subdistricts), county (districts, counties) or city
// columns: a_id, a, a_area_id, a_area, b_id, b, b_area_id, b_area, kinds, since, confidence
// example: pbkg query cross_boundary --param level=town
//
// A unit's area is the place of that level it lies in through PART_OF (itself when it is
// one; the smallest id should the data give two), or none when it lies higher up (a
// district bureau has no town). A pairing crosses when its two units' areas differ, so a
// district bureau paired with a village crosses the village's town boundary. Units whose
// place is not known at all (no PART_OF to any place) cannot be judged and are left out.
MATCH (a:Entity)-[r:PAIRED_WITH]->(b:Entity)
WHERE EXISTS { (a)-[:PART_OF*0..]->(x:Entity) WHERE x.level IS NOT NULL }
  AND EXISTS { (b)-[:PART_OF*0..]->(y:Entity) WHERE y.level IS NOT NULL }
WITH a, r, b,
     head(COLLECT {
       MATCH (a)-[:PART_OF*0..]->(p:Entity {level: $level}) RETURN p.id AS id ORDER BY id LIMIT 1
     }) AS a_area_id,
     head(COLLECT {
       MATCH (b)-[:PART_OF*0..]->(p:Entity {level: $level}) RETURN p.id AS id ORDER BY id LIMIT 1
     }) AS b_area_id
WHERE coalesce(a_area_id, '') <> coalesce(b_area_id, '')
OPTIONAL MATCH (pa:Entity {id: a_area_id})
OPTIONAL MATCH (pb:Entity {id: b_area_id})
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
