// name: timeline
// zh: 每年新增多少结对？（可限定某区域）
// en: How many pairings began each year, optionally within one area?
// param: area str = "" — limit to pairings with a unit in this area (id, name, alias or division code); empty for all
// columns: year, pairings, units, kinds
// example: pbkg query timeline --param area=金山区
//
// A pairing's year is the year the text gives for its start (`since`), else the year of
// the earliest dated article reporting it; pairings with neither come last, year empty.
// `units` counts the distinct units in that year's pairings; `kinds` lists their kinds.
MATCH (a:Entity)-[r:PAIRED_WITH]->(b:Entity)
WHERE $area = ''
   OR EXISTS {
        MATCH (x:Entity)-[:PART_OF*0..]->(area:Entity)
        WHERE (x = a OR x = b) AND NOT area:Person
          AND (area.id = $area OR area.name = $area OR $area IN coalesce(area.aliases, [])
               OR area.division_code = $area)
      }
WITH a, r, b,
     coalesce(r.since,
              head(COLLECT {
                MATCH (art:Article) WHERE art.id IN r.articles AND art.date =~ '[0-9]{4}.*'
                RETURN toInteger(left(art.date, 4)) AS y ORDER BY y LIMIT 1
              })) AS year
WITH year, count(r) AS pairings, collect(a.id) + collect(b.id) AS ends,
     collect(coalesce(r.kinds, [])) AS kind_lists
RETURN year,
       pairings,
       size(COLLECT { UNWIND ends AS e RETURN DISTINCT e }) AS units,
       COLLECT { UNWIND kind_lists AS ks UNWIND ks AS k RETURN DISTINCT k ORDER BY k } AS kinds
ORDER BY year
