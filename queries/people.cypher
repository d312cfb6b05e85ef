// name: people
// zh: 某单位或区域内有哪些人、担任什么职务？
// en: Who holds which posts in a unit, or in any unit of an area?
// param: unit str — the unit or area: its id, name, an alias or its division code
// columns: scope_id, person_id, person, title, unit_id, unit, articles
// example: pbkg query people --param unit=朱泾镇
//
// A post counts for the area when its unit is the area or lies in it through PART_OF.
// `articles` counts the articles that state the post.
MATCH (scope:Entity)
WHERE NOT scope:Person
  AND (scope.id = $unit OR scope.name = $unit OR $unit IN coalesce(scope.aliases, [])
       OR scope.division_code = $unit)
MATCH (p:Person)-[h:HOLDS_POST]->(u:Entity)
WHERE EXISTS { (u)-[:PART_OF*0..]->(scope) }
RETURN scope.id AS scope_id,
       p.id AS person_id,
       p.name AS person,
       h.title AS title,
       u.id AS unit_id,
       u.name AS unit,
       size(coalesce(h.articles, [])) AS articles
ORDER BY scope_id, unit_id, person_id, title
