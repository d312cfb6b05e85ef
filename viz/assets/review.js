// pbkg review page: a queue of what extraction was unsure of, and the reviewer's word on it.
// Everything shown comes from news articles and is untrusted, so this script never
// assigns innerHTML: every element is built from text nodes.
(function () {
  "use strict";

  var marks = { start: performance.now() };
  var readJson = pbkgDom.readJson;
  var el = pbkgDom.el;
  var row = pbkgDom.rowMaker("rv");
  function button(parent, text, title, onClick) {
    var b = el("button", null, text);
    b.type = "button";
    b.title = title;
    b.addEventListener("click", onClick);
    parent.appendChild(b);
    return b;
  }

  var items = readJson("rv-items");
  var fileDecisions = readJson("rv-decisions");
  var meta = readJson("rv-meta");
  var KEY_ORDER = ["v", "action", "type", "ids", "names", "title", "name", "label",
    "subtype", "since", "evidence", "by", "at"];
  var KIND_NAMES = { pairing: "结对", miss: "漏检?", post: "职务", duplicate: "重复" };
  var REASONS = {
    "low-confidence": "置信度低于阈值",
    "near-miss": "可能漏掉的结对：模型以略低于其阈值的概率否决",
    "same-name": "同名单位：一处未定位或定位在别处",
    "alias": "一个名称是另一个的别名",
    "contained": "同一地区内一个名称包含另一个"
  };
  var ACTION_NAMES = { accept: "已确认", reject: "已否决", since: "已确认（改年份）",
    merge: "已合并", distinct: "不是同一单位" };
  var LABELS = ["Organization", "Village", "ResidentsCommittee", "Region"];
  var LABEL_NAMES = { Organization: "组织", Village: "村", ResidentsCommittee: "居委会",
    Region: "区域", Person: "人物" };

  var token = new URLSearchParams(location.search).get("token");
  var served = location.protocol.indexOf("http") === 0 && !!token;
  var session = [];  // {decision, saved}
  var decided = new Map();  // item key → action
  var index = 0;
  var kept = new Map();  // duplicate item key → index of the kept end

  function sortedIds(ids) { return ids.slice().sort(); }
  function keyOf(d) {
    var ids = sortedIds(d.ids).join("|");
    if (d.action === "merge" || d.action === "distinct") return "duplicate|" + ids + "|";
    if (!d.type) return null;
    return (d.type === "PAIRED_WITH" ? "pairing" : "post") + "|" + ids + "|" + (d.title || "");
  }
  function note(d) {
    var key = keyOf(d);
    if (key === null) return;
    if (d.action === "withdraw") decided.delete(key);
    else if (["accept", "reject", "since", "merge", "distinct"].indexOf(d.action) >= 0) {
      decided.set(key, d.action);
    }
  }
  function recount() {
    decided = new Map();
    fileDecisions.forEach(note);
    session.forEach(function (s) { note(s.decision); });
  }
  recount();

  var reviewer = document.getElementById("rv-reviewer");
  reviewer.value = meta.reviewer || "";
  var list = document.getElementById("rv-list");
  var pane = document.getElementById("rv-item");
  var left = document.getElementById("rv-left");
  var savedNote = document.getElementById("rv-saved");

  // The queue, built once; a decision only changes one row's attributes.
  var rows = items.map(function (it, i) {
    var li = el("li");
    li.appendChild(el("span", "rv-tag", KIND_NAMES[it.kind] || it.kind));
    var names = it.ends.map(function (e) { return e.name; }).join(it.kind === "post" ? " · " : " — ");
    li.appendChild(document.createTextNode(names + (it.title ? " " + it.title : "")));
    li.addEventListener("click", function () { show(i); });
    return li;
  });
  var frag = document.createDocumentFragment();
  rows.forEach(function (li) { frag.appendChild(li); });
  list.appendChild(frag);

  function refreshRows() {
    var n = 0;
    items.forEach(function (it, i) {
      var done = decided.get(it.key);
      if (done) rows[i].dataset.done = done; else { delete rows[i].dataset.done; n += 1; }
    });
    left.textContent = "剩余 " + n + " / " + items.length;
    left.dataset.left = String(n);
    var unsaved = session.filter(function (s) { return !s.saved; }).length;
    savedNote.textContent = unsaved ? unsaved + " 条未保存" : (session.length ? "已保存" : "");
  }

  function evidenceOf(it) {
    var q = it.evidence && it.evidence[0];
    if (!q) return null;
    var ev = {};
    ["article", "doc", "text", "start", "end"].forEach(function (k) {
      if (q[k] !== null && q[k] !== undefined) ev[k] = q[k];
    });
    return ev;
  }

  function decide(fields, advance) {
    var it = items[index];
    var by = reviewer.value.trim();
    if (!by) {
      reviewer.focus();
      savedNote.textContent = "请先填写审核人";
      return;
    }
    var d = { v: 1, names: it.ends.map(function (e) { return e.name; }),
      evidence: evidenceOf(it), by: by, at: new Date().toISOString() };
    Object.keys(fields).forEach(function (k) { d[k] = fields[k]; });
    var ordered = {};
    KEY_ORDER.forEach(function (k) {
      if (d[k] !== null && d[k] !== undefined && d[k] !== "") ordered[k] = d[k];
    });
    session.push({ decision: ordered, saved: false });
    note(ordered);
    refreshRows();
    if (advance) next(); else show(index);
  }

  function edgeFields(it, action) {
    // A possible miss is a pairing not made yet: accepting it makes the edge.
    var paired = it.kind === "pairing" || it.kind === "miss";
    var f = { action: action, type: paired ? "PAIRED_WITH" : "HOLDS_POST",
      ids: it.ids.slice() };
    if (it.title) f.title = it.title;
    return f;
  }
  function accept() {
    var it = items[index];
    if (it.kind === "duplicate") return;
    decide(edgeFields(it, "accept"), true);
  }
  function reject() {
    var it = items[index];
    if (it.kind === "duplicate") decide({ action: "distinct", ids: it.ids.slice() }, true);
    else decide(edgeFields(it, "reject"), true);
  }
  function keptIndex(it) {
    if (kept.has(it.key)) return kept.get(it.key);
    return it.ends[1].articles > it.ends[0].articles ? 1 : 0;
  }
  function merge() {
    var it = items[index];
    if (it.kind !== "duplicate") return;
    var k = keptIndex(it);
    var name = document.getElementById("rv-merge-name");
    var chosen = (name && name.value.trim()) || it.ends[k].name;
    // Names in the order of ids: the kept unit first.
    decide({ action: "merge", ids: [it.ids[k], it.ids[1 - k]], name: chosen,
      names: [it.ends[k].name, it.ends[1 - k].name] }, true);
  }
  function unitChoice() {
    var s = document.getElementById("rv-unit");
    return s ? Number(s.value) : 0;
  }
  function rename() {
    var it = items[index], v = document.getElementById("rv-name").value.trim();
    if (!v) { document.getElementById("rv-name").focus(); return; }
    var u = unitChoice();
    decide({ action: "rename", ids: [it.ids[u]], name: v, names: [it.ends[u].name] }, false);
  }
  function retype() {
    var it = items[index], u = unitChoice();
    var label = document.getElementById("rv-label").value;
    var subtype = document.getElementById("rv-subtype").value.trim();
    if (!label && !subtype) { document.getElementById("rv-label").focus(); return; }
    var f = { action: "retype", ids: [it.ids[u]], names: [it.ends[u].name] };
    if (label) f.label = label;
    if (subtype) f.subtype = subtype;
    decide(f, false);
  }
  function setSince() {
    var it = items[index], input = document.getElementById("rv-since");
    var year = parseInt(input.value, 10);
    if (!(year >= 1900 && year <= 2100)) { input.focus(); return; }
    var f = edgeFields(it, "since");
    f.since = year;
    decide(f, true);
  }
  function undo() {
    for (var i = session.length - 1; i >= 0; i--) {
      if (!session[i].saved) {
        session.splice(i, 1);
        recount();
        refreshRows();
        show(index);
        return;
      }
    }
  }

  function next() {
    for (var step = 1; step <= items.length; step++) {
      var i = (index + step) % items.length;
      if (!decided.has(items[i].key)) { show(i); return; }
    }
    show(Math.min(index + 1, items.length - 1));
  }

  function endCard(it, e, i) {
    var box = el("div", "rv-end");
    if (it.kind === "duplicate" && keptIndex(it) === i) box.classList.add("rv-kept");
    box.appendChild(el("h3", null, e.name));
    row(box, "类型", (LABEL_NAMES[e.label] || e.label) + (e.subtype ? " / " + e.subtype : ""));
    row(box, "代码", e.code);
    row(box, "位于", e.place);
    row(box, "别名", e.aliases);
    row(box, "结对", e.partners.concat(e.more_partners ? ["另有 " + e.more_partners + " 个"] : []));
    row(box, "职务", e.posts);
    row(box, "报道", e.articles + " 篇");
    row(box, "编号", e.id);
    if (it.kind === "duplicate") {
      button(box, "保留此名称 (" + (i + 1) + ")", "合并时保留这个单位", function () { keep(i); });
    }
    return box;
  }
  function keep(i) {
    var it = items[index];
    if (it.kind !== "duplicate") return;
    kept.set(it.key, i);
    show(index);
  }

  function quote(q) {
    var box = el("div", "rv-quote");
    var p = el("p");
    if (q.before) p.appendChild(el("span", "rv-context", "…" + q.before));
    if (q.text) p.appendChild(el("mark", null, q.text));
    if (q.after) p.appendChild(el("span", "rv-context", q.after + "…"));
    if (p.childNodes.length) box.appendChild(p);
    var where = [q.names ? "提到单位 " + q.names.join("、") : null,
      q.title || "(无标题)", q.date, q.source, q.doc || q.path,
      q.start !== null && q.start !== undefined ? "字符 " + q.start + "–" + q.end : null,
      q.rule ? "规则 " + q.rule : null,
      q.confidence !== null && q.confidence !== undefined ? "置信度 " + q.confidence : null];
    box.appendChild(el("div", "rv-source", where.filter(function (x) { return x; }).join(" · ")));
    return box;
  }

  function field(parent, id, tag, placeholder) {
    var f = el(tag);
    f.id = id;
    if (placeholder) f.placeholder = placeholder;
    parent.appendChild(f);
    return f;
  }

  function show(i) {
    if (!items.length) {
      pane.replaceChildren(el("p", null, "没有需要审核的内容。"));
      return;
    }
    if (rows[index]) rows[index].classList.remove("rv-current");
    index = Math.max(0, Math.min(i, items.length - 1));
    var it = items[index];
    rows[index].classList.add("rv-current");
    rows[index].scrollIntoView({ block: "nearest" });
    var box = el("div");
    box.dataset.key = it.key;
    box.appendChild(el("h2", null, (index + 1) + ". " + KIND_NAMES[it.kind] + "：" +
      it.ends.map(function (e) { return e.name; }).join(" — ") + (it.title ? "（" + it.title + "）" : "")));
    var why = REASONS[it.reason] || it.reason;
    if (it.kind === "miss") {
      why += "（概率 " + it.confidence + "）";
    } else if (it.confidence !== null && it.confidence !== undefined) {
      why += "（" + it.confidence + " < " + meta.threshold + "）";
    }
    box.appendChild(el("div", "rv-why", why));
    if (it.kind === "pairing" || it.kind === "miss") {
      row(box, "结对类型", it.kinds);
      row(box, "起始年份", it.since);
    }
    var ends = el("div", "rv-ends");
    it.ends.forEach(function (e, j) { ends.appendChild(endCard(it, e, j)); });
    box.appendChild(ends);
    (it.evidence || []).forEach(function (q) { box.appendChild(quote(q)); });
    if (it.more_evidence) row(box, "", "另有 " + it.more_evidence + " 处");

    var acts = el("div", "rv-actions");
    if (it.kind === "duplicate") {
      button(acts, "合并 (m)", "合并为一个单位", merge).id = "rv-merge";
      var mn = field(acts, "rv-merge-name", "input", "保留的名称");
      mn.value = it.ends[keptIndex(it)].name;
      button(acts, "不是同一单位 (r)", "两个不同的单位", reject).id = "rv-reject";
    } else {
      button(acts, "确认 (a)", it.kind === "miss" ? "是结对：加入图谱" : "结对/职务正确",
        accept).id = "rv-accept";
      button(acts, "否决 (r)", "结对/职务错误", reject).id = "rv-reject";
    }
    box.appendChild(acts);

    var edits = el("div", "rv-actions");
    var unit = field(edits, "rv-unit", "select");
    it.ends.forEach(function (e, j) {
      var o = el("option", null, e.name);
      o.value = String(j);
      unit.appendChild(o);
    });
    field(edits, "rv-name", "input", "新名称");
    button(edits, "改名 (e)", "给所选单位改名", rename).id = "rv-rename";
    var label = field(edits, "rv-label", "select");
    ["", ...LABELS].forEach(function (l) {
      var o = el("option", null, l ? LABEL_NAMES[l] + " " + l : "类型…");
      o.value = l;
      label.appendChild(o);
    });
    field(edits, "rv-subtype", "input", "子类型");
    button(edits, "改类型 (t)", "改所选单位的类型", retype).id = "rv-retype";
    if (it.kind === "pairing" || it.kind === "miss") {
      field(edits, "rv-since", "input", "起始年份");
      button(edits, "设起始年份 (y)", "确认结对并设起始年份", setSince).id = "rv-set-since";
    }
    box.appendChild(edits);
    var done = decided.get(it.key);
    if (done) box.appendChild(el("div", "rv-decided", ACTION_NAMES[done] || done));
    pane.replaceChildren(box);
  }

  function fileText(ds) {
    return ds.map(function (d) { return JSON.stringify(d) + "\n"; }).join("");
  }
  function save() {
    var unsaved = session.filter(function (s) { return !s.saved; });
    if (served) {
      if (!unsaved.length) { savedNote.textContent = "没有新的决定"; return; }
      savedNote.textContent = "保存中…";
      fetch("/decisions", {
        method: "POST",
        headers: { "Content-Type": "application/x-ndjson", "X-Pbkg-Token": token },
        body: fileText(unsaved.map(function (s) { return s.decision; })),
        credentials: "omit",
        cache: "no-store"
      }).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      }).then(function (answer) {
        unsaved.forEach(function (s) { s.saved = true; });
        refreshRows();
        savedNote.textContent = "已保存 " + answer.saved + " 条到 " + answer.file;
      }).catch(function (e) {
        savedNote.textContent = "保存失败：" + e.message;
      });
      return;
    }
    // Opened from a file: the whole decisions file, old lines and new, as a download.
    var all = fileDecisions.concat(session.map(function (s) { return s.decision; }));
    var url = URL.createObjectURL(new Blob([fileText(all)], { type: "application/x-ndjson" }));
    var a = el("a");
    a.href = url;
    a.download = "reviews.jsonl";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    session.forEach(function (s) { s.saved = true; });
    refreshRows();
    savedNote.textContent = "已下载 reviews.jsonl（放到输出目录）";
  }
  document.getElementById("rv-save").addEventListener("click", save);
  var help = document.getElementById("rv-help");
  document.getElementById("rv-help-toggle").addEventListener("click", function () {
    help.hidden = !help.hidden;
  });

  var KEYS = {
    j: next, ArrowDown: next,
    k: function () { show(index - 1); }, ArrowUp: function () { show(index - 1); },
    a: accept, r: reject, m: merge, u: undo, s: save,
    "1": function () { keep(0); }, "2": function () { keep(1); },
    e: function () { document.getElementById("rv-name").focus(); },
    t: function () { document.getElementById("rv-label").focus(); },
    y: function () { var f = document.getElementById("rv-since"); if (f) f.focus(); },
    "?": function () { help.hidden = !help.hidden; }
  };
  var ENTER = { "rv-name": rename, "rv-subtype": retype, "rv-label": retype,
    "rv-since": setSince, "rv-merge-name": merge };
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT");
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "s") { ev.preventDefault(); save(); return; }
    if (typing) {
      if (ev.key === "Escape") t.blur();
      else if (ev.key === "Enter" && ENTER[t.id]) { ev.preventDefault(); ENTER[t.id](); }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var f = KEYS[ev.key];
    if (f) { ev.preventDefault(); f(); }
  });
  window.addEventListener("beforeunload", function (ev) {
    if (session.some(function (s) { return !s.saved; })) ev.preventDefault();
  });

  refreshRows();
  var first = items.findIndex(function (it) { return !decided.has(it.key); });
  show(first < 0 ? 0 : first);
  marks.ready = performance.now();
  // For tests and benchmarks: what the page holds and when it was ready.
  window.pbkgReview = {
    ready: true,
    marks: marks,
    served: served,
    left: function () { return Number(left.dataset.left); },
    decisions: function () { return session.map(function (s) { return s.decision; }); },
    show: show
  };
  document.body.dataset.state = "ready";
})();
