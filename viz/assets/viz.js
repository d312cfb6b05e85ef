// pbkg page script: draws the embedded network and explains it.
// Everything shown comes from news articles and is untrusted, so this script never
// assigns innerHTML: tooltips and search options are built from text nodes only.
(function () {
  "use strict";

  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function row(parent, key, value) {
    if (value === undefined || value === null || value === "") return;
    var r = el("div", "pbkg-row");
    r.appendChild(el("span", "pbkg-key", key));
    r.appendChild(el("span", "pbkg-val", value));
    parent.appendChild(r);
  }

  function source(ref) {
    return (ref.title || "") + (ref.date ? "（" + ref.date + "）" : "");
  }

  function nodeTip(id) {
    var t = nodeTips.get(id), box = el("div");
    box.appendChild(el("div", "pbkg-tip-title", t.name));
    row(box, "类型", t.type + (t.subtype ? " · " + t.subtype : ""));
    row(box, "区划代码", t.code);
    if (t.aliases.length) row(box, "别名", t.aliases.join("、"));
    if (t.posts.length) {
      row(box, "职务", t.posts.map(function (p) { return p.person + " " + p.title; }).join("；"));
    }
    row(box, "结对单位数", t.partners);
    var shown = t.articles.slice(0, 3).map(source);
    if (t.articles.length > 3) shown.push("等 " + t.articles.length + " 篇");
    if (shown.length) row(box, "来源", shown.join("；"));
    return box;
  }

  function edgeTip(id) {
    var t = edgeTips.get(id), box = el("div");
    box.appendChild(el("div", "pbkg-tip-title", t.ends[0] + " — " + t.ends[1]));
    row(box, "结对类型", t.kinds.length ? t.kinds.join("、") : "结对");
    row(box, "起始年份", t.since);
    t.evidence.forEach(function (q) {
      box.appendChild(el("blockquote", "pbkg-evidence", q.text));
      box.appendChild(el("div", "pbkg-source", "—— " + source(q)));
    });
    if (t.more_evidence) row(box, "", "另有 " + t.more_evidence + " 处报道");
    return box;
  }

  // Milestones in ms since navigation start, read by benchmarks/viz_bench.py.
  var marks = { start: performance.now() };
  var nodeItems = readJson("pbkg-nodes");
  var edgeItems = readJson("pbkg-edges");
  var options = readJson("pbkg-options");
  var meta = readJson("pbkg-meta");
  // Dashed lines cost a canvas path segment per dash: zoomed out over 20k nodes that is
  // millions of segments and seconds per frame. In the big-graph mode edges are drawn
  // solid (colour still tells the kind) until the view is close enough to read dashes.
  var DASH_SCALE = 0.3;
  var dashed = [];
  var dashesShown = meta.mode !== "precomputed";
  if (!dashesShown) {
    edgeItems.forEach(function (e) {
      if (e.dashes) {
        dashed.push({ id: e.id, dashes: e.dashes });
        e.dashes = false;
      }
    });
  }
  marks.parsed = performance.now();
  // Tooltip data stays out of the DataSets: vis-network deep-copies every unknown field
  // of every item, which for 20k nodes costs seconds before the first frame.
  var nodeTips = new Map(), edgeTips = new Map();
  nodeItems.forEach(function (n) { nodeTips.set(n.id, n.tip); delete n.tip; });
  edgeItems.forEach(function (e) { edgeTips.set(e.id, e.tip); delete e.tip; });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  marks.datasets = performance.now();
  var stage = document.getElementById("pbkg-stage");
  var tip = document.getElementById("pbkg-tip");
  var status = document.getElementById("pbkg-status");
  var search = document.getElementById("pbkg-search");

  // The network starts empty so the handlers below are in place before stabilisation
  // (which vis-network starts as soon as it has data) can finish.
  var network = new vis.Network(document.getElementById("pbkg-network"), {}, options);
  var api = {
    network: network, nodes: nodes, edges: edges, mode: meta.mode,
    ready: false, readyAt: null, marks: marks
  };
  window.pbkg = api;

  function ready() {
    if (api.ready) return;
    api.ready = true;
    api.readyAt = marks.ready = performance.now();
    document.body.setAttribute("data-state", "ready");
    status.textContent = nodeItems.length + " 个单位，" + edgeItems.length + " 条结对";
  }

  if (meta.mode === "physics" && nodeItems.length > 0) {
    network.on("stabilizationProgress", function (p) {
      status.textContent = "正在布局 " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      // Settle, then stop: nodes stay where the analyst sees (and drags) them.
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      ready();
    });
  } else {
    network.once("afterDrawing", ready);
  }
  network.setData({ nodes: nodes, edges: edges });
  marks.network = performance.now();
  if (nodeItems.length === 0) {
    ready();
    status.textContent = "没有可显示的结对关系";
  }

  function showTip(content, at) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var maxX = stage.clientWidth - tip.offsetWidth - 8;
    var maxY = stage.clientHeight - tip.offsetHeight - 8;
    tip.style.left = Math.max(4, Math.min(at.x + 14, maxX)) + "px";
    tip.style.top = Math.max(4, Math.min(at.y + 14, maxY)) + "px";
  }

  function hideTip() {
    tip.hidden = true;
    tip.replaceChildren();
  }

  function nodeAtDom(id) {
    return network.canvasToDOM(network.getPositions([id])[id]);
  }

  network.on("hoverNode", function (p) { showTip(nodeTip(p.node), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("hoverEdge", function (p) { showTip(edgeTip(p.edge), p.pointer.DOM); });
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", function (p) {
    hideTip();
    var wanted = meta.mode !== "precomputed" || p.scale >= DASH_SCALE;
    if (wanted !== dashesShown && dashed.length) {
      dashesShown = wanted;
      edges.update(dashed.map(function (d) { return { id: d.id, dashes: wanted && d.dashes }; }));
    }
  });
  network.on("click", function (p) {
    if (p.nodes.length) showTip(nodeTip(p.nodes[0]), p.pointer.DOM);
    else if (p.edges.length) showTip(edgeTip(p.edges[0]), p.pointer.DOM);
    else hideTip();
  });

  // Search: a plain input with a datalist (no CDN widget). Names may repeat across units,
  // so a name maps to every unit that bears it.
  var byName = new Map();
  nodeTips.forEach(function (t, id) {
    var list = byName.get(t.name);
    if (list) list.push(id); else byName.set(t.name, [id]);
  });
  var names = document.getElementById("pbkg-names");
  var fragment = document.createDocumentFragment();
  Array.from(byName.keys()).sort().forEach(function (name) {
    var o = document.createElement("option");
    o.value = name;
    fragment.appendChild(o);
  });
  names.appendChild(fragment);

  function find(query) {
    query = query.trim();
    if (!query) return [];
    if (byName.has(query)) return byName.get(query);
    var hit = [];
    nodeTips.forEach(function (t, id) {
      if (!hit.length && t.name.indexOf(query) >= 0) hit.push(id);
    });
    return hit;
  }

  function go() {
    var ids = find(search.value);
    if (!ids.length) {
      status.textContent = "未找到：" + search.value;
      return;
    }
    network.selectNodes(ids, true);
    network.focus(ids[0], { scale: 1.2, animation: false });
    showTip(nodeTip(ids[0]), nodeAtDom(ids[0]));
  }
  api.find = find;
  api.go = function (query) { search.value = query; go(); };

  search.addEventListener("change", go);
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });
  document.getElementById("pbkg-reset").addEventListener("click", function () {
    search.value = "";
    hideTip();
    network.unselectAll();
    network.fit();
  });
})();
