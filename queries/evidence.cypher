// name: evidence
// zh: 两个单位之间的结对依据：原文句子、报道（文件路径与字符位置）、日期、来源和置信度。
// en: What is the evidence trail of one pairing: the sentences, the article (its file and the character offsets), dates, source and confidence?
// param: unit str — one unit of the pairing: id, name, alias or division code
// param: partner str — the other unit: id, name, alias or division code
// columns: a_id, b_id, article, label, doc, path, date, event_date, source, text, kind, start, end, rule, confidence
// example: pbkg query evidence --param unit=待泾村 --param partner=中国银行金山支行
//
// One row per reading of the pairing, oldest article first (undated articles first of
// all); `kind` is the pairing word of that sentence, `start`/`end` character offsets into
// the file at `path` as read (for JSON Lines, into the `text` of record `doc`). `label`
// is the article's title, else its file and story number; `date` is the publication
// date, `event_date` the date the text gives for what it reports.
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
// The store writes a missing text, kind or rule as "" and a missing offset as -1 (Neo4j
// lists hold no nulls); they come back as null here, as in the model.
RETURN a.id AS a_id,
       b.id AS b_id,
       r.evidence_article[i] AS article,
       art.name AS label,
       art.doc AS doc,
       art.path AS path,
       art.date AS date,
       art.event_date AS event_date,
       art.source AS source,
       CASE WHEN r.evidence_text[i] = '' THEN null ELSE r.evidence_text[i] END AS text,
       CASE WHEN r.evidence_kind[i] = '' THEN null ELSE r.evidence_kind[i] END AS kind,
       CASE WHEN r.evidence_start[i] = -1 THEN null ELSE r.evidence_start[i] END AS start,
       CASE WHEN r.evidence_end[i] = -1 THEN null ELSE r.evidence_end[i] END AS `end`,
       CASE WHEN r.evidence_rule[i] = '' THEN null ELSE r.evidence_rule[i] END AS rule,
       r.evidence_confidence[i] AS confidence
ORDER BY a_id, b_id, coalesce(date, ''), article, start, `end`, rule, confidence, kind, text
