// name: partners
// zh: 某单位与哪些单位结对？结对方式、年份、原文证据、报道标题和日期。
// en: Which units is a unit paired with: the kinds of pairing, the years, the evidence quotes, the article titles and dates?
// param: unit str — the unit: its id, name, an alias or its division code
// columns: unit_id, unit, partner_id, partner, partner_label, kinds, since, years, confidence, quotes, articles
// example: pbkg query partners --param unit=待泾村
//
// `years` are the years of the dated articles that report the pairing; `since` is the
// year the text gives for its start. `articles` reads "date title" (an untitled article
// by its file and story number), ordered by article id.
MATCH (u:Entity)
WHERE NOT u:Person
  AND (u.id = $unit OR u.name = $unit OR $unit IN coalesce(u.aliases, [])
       OR u.division_code = $unit)
MATCH (u)-[r:PAIRED_WITH]-(p:Entity)
RETURN u.id AS unit_id,
       u.name AS unit,
       p.id AS partner_id,
       p.name AS partner,
       head([l IN ['Organization', 'Village', 'ResidentsCommittee', 'Region', 'Person']
             WHERE l IN labels(p)]) AS partner_label,
       coalesce(r.kinds, []) AS kinds,
       r.since AS since,
       COLLECT {
         MATCH (a:Article) WHERE a.id IN r.articles AND a.date =~ '[0-9]{4}.*'
         RETURN DISTINCT toInteger(left(a.date, 4)) AS y ORDER BY y
       } AS years,
       r.confidence AS confidence,
       [t IN coalesce(r.evidence_text, []) WHERE t <> ''] AS quotes,
       COLLECT {
         MATCH (a:Article) WHERE a.id IN r.articles
         RETURN CASE WHEN a.date IS NULL THEN coalesce(a.title, a.name, a.id)
                     ELSE a.date + ' ' + coalesce(a.title, a.name, a.id) END AS line
         ORDER BY a.id
       } AS articles
ORDER BY unit_id, partner_id
