// name: evidence
// zh: 两个单位之间的结对依据：原文句子、报道、日期、来源和置信度。
// en: What is the evidence trail of one pairing: the sentences, article, date, source and confidence?
// param: unit str — one unit of the pairing: id, name, alias or division code
// param: partner str — the other unit: id, name, alias or division code
// columns: a_id, b_id, article, date, title, source, text, start, end, rule, confidence
// example: pbkg query evidence --param unit=高楼村 --param partner=中国银行金山支行
//
// One row per evidence sentence, oldest article first (undated articles first of all);
// `start`/`end` are character offsets into the article file as read.
MATCH (u:Entity)
WHERE NOT u:Person
  AND (u.id = $unit OR u.name = $unit OR $unit IN coalesce(u.aliases, [])
       OR u.division_code = $unit)
MATCH (w:Entity)
WHERE NOT w:Person
  AND (w.id = $partner OR w.name = $partner OR $partner IN coalesce(w.aliases, [])
       OR w.division_code = $partner)
MATCH (a:Entity)-[r:PAIRED_WITH]->(b:Entity)
WHERE (a = u AND b = w) OR (a = w AND b = u)
UNWIND range(0, size(coalesce(r.evidence_article, [])) - 1) AS i
OPTIONAL MATCH (art:Article {id: r.evidence_article[i]})
RETURN a.id AS a_id,
       b.id AS b_id,
       r.evidence_article[i] AS article,
       art.date AS date,
       art.title AS title,
       art.source AS source,
       r.evidence_text[i] AS text,
       r.evidence_start[i] AS start,
       r.evidence_end[i] AS `end`,
       r.evidence_rule[i] AS rule,
       r.evidence_confidence[i] AS confidence
ORDER BY a_id, b_id, coalesce(date, ''), article, start, `end`, rule, confidence
