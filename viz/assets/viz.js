// pbkg page script: draws the embedded network and explains it.
// Everything shown comes from news articles and is untrusted, so this script never
// assigns innerHTML: tooltips and search options are built from text nodes only.
(function () {
  "use strict";

  var readJson = pbkgDom.readJson;
  var el = pbkgDom.el;
  var row = pbkgDom.rowMaker("pbkg");

  // An article as a reader can find it: title (or file and story number), publication
  // date, the date of the event when the text gives another, the file and, for a quote,
  // its character offsets in that file.
  function source(ref) {
    var out = (ref.title || "") + (ref.date ? "（" + ref.date + "）" : "");
    if (ref.event_date && ref.event_date !== ref.date) out += " 事件日期 " + ref.event_date;
    if (ref.doc) out += " · " + ref.doc;
    if (ref.start != null && ref.end != null) out += " 第 " + ref.start + "–" + ref.end + " 字";
    return out;
  }

  // Milestones in ms since navigation start, read by benchmarks/viz_bench.py.
  var marks = { start: performance.now() };
  var nodeItems = readJson("pbkg-nodes");
  var edgeItems = readJson("pbkg-edges");
  var options = readJson("pbkg-options");
  var meta = readJson("pbkg-meta");
  var overview = meta.mode === "overview";
  marks.parsed = performance.now();

  // Tooltip data stays out of the DataSets: vis-network deep-copies every unknown field
  // of every item, which for 20k nodes costs seconds before the first frame.
  var nodeTips = new Map(), edgeTips = new Map();
  nodeItems.forEach(function (n) { nodeTips.set(n.id, n.tip); delete n.tip; });
  edgeItems.forEach(function (e) { edgeTips.set(e.id, e.tip); delete e.tip; });
  // Each unit's pairings, for its tooltip (built once; a hover then costs nothing).
  var incident = new Map(), edgeEnds = new Map();
  edgeItems.forEach(function (e) {
    edgeEnds.set(e.id, [e.from, e.to]);
    [e.from, e.to].forEach(function (n) {
      var list = incident.get(n);
      if (list) list.push(e.id); else incident.set(n, [e.id]);
    });
  });

  // Dashed lines cost a canvas path segment per dash: zoomed out over 20k nodes that is
  // millions of segments and seconds per frame. On big-graph pages edges are drawn solid
  // (colour still tells the kind) until the view is close enough to read dashes.
  var DASH_SCALE = 0.3;
  var dashPattern = new Map();
  var dashesShown = meta.mode === "physics";
  if (!dashesShown) {
    edgeItems.forEach(function (e) {
      if (e.dashes) {
        dashPattern.set(e.id, e.dashes);
        e.dashes = false;
      }
    });
  }

  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  // What the network draws: every unit, or in the overview a node per cluster until the
  // cluster is opened.
  var drawnNodes = overview ? new vis.DataSet() : nodes;
  var drawnEdges = overview ? new vis.DataSet() : edges;
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
    shown: { nodes: drawnNodes, edges: drawnEdges },
    ready: false, readyAt: null, marks: marks
  };
  window.pbkg = api;

  function summary() {
    return nodeItems.length + " 个单位，" + edgeItems.length + " 条结对";
  }

  function ready() {
    if (api.ready) return;
    api.ready = true;
    api.readyAt = marks.ready = performance.now();
    document.body.setAttribute("data-state", "ready");
    status.textContent = summary() + (overview ? "（点击或放大区域查看单位）" : "");
  }

  // ---- the overview: clusters that open when clicked or zoomed into ----------------
  var clusters = meta.clusters || [];
  var clusterOf = new Map();
  var members = clusters.map(function () { return []; });
  var expanded = new Set(), pinned = new Set();
  var EXPAND_SCALE = 0.12;       // closer than this, clusters in view open by themselves
  var MAX_OPEN_NODES = 4000;     // ...but never so many that drawing slows down again

  function clusterId(i) { return "cluster:" + i; }
  function isCluster(id) { return typeof id === "string" && id.indexOf("cluster:") === 0; }

  function clusterItem(i) {
    var c = clusters[i];
    return {
      id: clusterId(i), x: c.x, y: c.y, shape: "dot", size: Math.max(30, c.r * 0.6),
      label: c.name + " · " + c.n + " 个单位", borderWidth: 2,
      color: { background: "rgba(78, 121, 167, 0.22)", border: "#4e79a7" },
      font: { size: Math.max(14, c.r / 4) }
    };
  }

  function shownEnd(id) {
    var c = clusterOf.get(id);
    return expanded.has(c) ? id : clusterId(c);
  }

  function edgeView(e) {
    var p = dashPattern.get(e.id);
    return p && dashesShown ? Object.assign({}, e, { dashes: p }) : e;
  }

  // Edges as drawn now: real ones between open units, one grey edge per pair of
  // clusters (or unit and cluster) for everything else, as thick as it is numerous.
  function drawnEdgeSet() {
    var out = new Map();
    edgeItems.forEach(function (e) {
      var a = shownEnd(e.from), b = shownEnd(e.to);
      if (a === b) return;
      if (a === e.from && b === e.to) {
        out.set(e.id, edgeView(e));
        return;
      }
      var key = a < b ? "agg:" + a + "|" + b : "agg:" + b + "|" + a;
      var agg = out.get(key);
      if (agg) agg.count += 1;
      else out.set(key, { id: key, from: a, to: b, count: 1, color: { color: "#9aa5b1", opacity: 0.5 } });
    });
    out.forEach(function (item) {
      if (item.count) item.width = Math.min(14, 1 + 1.5 * Math.log2(item.count));
    });
    return out;
  }

  function setExpanded(wanted) {
    var closing = [], opening = [];
    expanded.forEach(function (c) { if (!wanted.has(c)) closing.push(c); });
    wanted.forEach(function (c) { if (!expanded.has(c)) opening.push(c); });
    if (!closing.length && !opening.length) return;
    closing.forEach(function (c) {
      drawnNodes.remove(members[c].map(function (n) { return n.id; }));
      drawnNodes.add(clusterItem(c));
    });
    opening.forEach(function (c) {
      drawnNodes.remove(clusterId(c));
      drawnNodes.add(members[c]);
    });
    expanded = new Set(wanted);
    var next = drawnEdgeSet();
    var gone = drawnEdges.getIds().filter(function (id) { return !next.has(id); });
    drawnEdges.remove(gone);
    // Only new edges and re-counted cluster edges: re-sending thousands of unchanged
    // items makes vis-network re-parse each one.
    var changed = [];
    next.forEach(function (item, id) {
      var old = drawnEdges.get(id);
      if (!old || (item.count && old.count !== item.count)) changed.push(item);
    });
    drawnEdges.update(changed);
    api.expanded = Array.from(expanded).sort(function (a, b) { return a - b; });
  }

  function clustersInView() {
    if (network.getScale() < EXPAND_SCALE) return [];
    var box = stage.getBoundingClientRect();
    var lo = network.DOMtoCanvas({ x: 0, y: 0 });
    var hi = network.DOMtoCanvas({ x: box.width, y: box.height });
    var mid = { x: (lo.x + hi.x) / 2, y: (lo.y + hi.y) / 2 };
    var seen = [];
    clusters.forEach(function (c, i) {
      if (c.x + c.r >= lo.x && c.x - c.r <= hi.x && c.y + c.r >= lo.y && c.y - c.r <= hi.y) {
        seen.push(i);
      }
    });
    // Nearest the centre first, up to the node budget.
    seen.sort(function (a, b) {
      var ca = clusters[a], cb = clusters[b];
      return Math.hypot(ca.x - mid.x, ca.y - mid.y) - Math.hypot(cb.x - mid.x, cb.y - mid.y);
    });
    var budget = MAX_OPEN_NODES, out = [];
    seen.forEach(function (i) {
      if (clusters[i].n <= budget) {
        out.push(i);
        budget -= clusters[i].n;
      }
    });
    return out;
  }

  function syncDashes() {
    var wanted = meta.mode === "physics" || network.getScale() >= DASH_SCALE;
    if (wanted === dashesShown || !dashPattern.size) return;
    dashesShown = wanted;
    var update = [];
    dashPattern.forEach(function (pattern, id) {
      if (drawnEdges.get(id)) update.push({ id: id, dashes: wanted && pattern });
    });
    drawnEdges.update(update);
  }

  function updateView() {
    syncDashes();
    if (!overview) return;
    var wanted = new Set(pinned);
    clustersInView().forEach(function (i) { wanted.add(i); });
    setExpanded(wanted);
  }

  var viewTimer = null;
  function updateViewSoon() {
    if (!overview) return;
    clearTimeout(viewTimer);
    viewTimer = setTimeout(updateView, 200);  // once the wheel or the drag has stopped
  }

  function openCluster(i, zoom) {
    pinned.add(i);
    if (zoom) {
      var c = clusters[i], box = stage.getBoundingClientRect();
      var scale = Math.min(box.width, box.height) / (2.2 * Math.max(c.r, 1));
      network.moveTo({ position: { x: c.x, y: c.y }, scale: Math.max(scale, EXPAND_SCALE) });
    }
    updateView();
  }
  api.openCluster = function (i) { openCluster(i, true); };

  if (overview) {
    nodeItems.forEach(function (n) {
      clusterOf.set(n.id, n.c);
      members[n.c].push(n);
    });
    drawnNodes.add(clusters.map(function (_, i) { return clusterItem(i); }));
    drawnEdges.add(Array.from(drawnEdgeSet().values()));
    api.expanded = [];
  }

  // ---- draw ------------------------------------------------------------------------
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
  network.setData({ nodes: drawnNodes, edges: drawnEdges });
  marks.network = performance.now();
  if (nodeItems.length === 0) {
    ready();
    status.textContent = "没有可显示的结对关系";
  }

  // ---- tooltips --------------------------------------------------------------------
  function nodeTip(id) {
    var box = el("div");
    if (isCluster(id)) {
      var c = clusters[Number(id.slice(8))];
      box.appendChild(el("div", "pbkg-tip-title", c.name));
      row(box, "单位数", c.n);
      row(box, "", "点击或放大查看其中的单位");
      return box;
    }
    var t = nodeTips.get(id);
    box.appendChild(el("div", "pbkg-tip-title", t.name));
    row(box, "类型", t.type + (t.subtype ? " · " + t.subtype : ""));
    row(box, "区划代码", t.code);
    if (t.aliases.length) row(box, "别名", t.aliases.join("、"));
    if (t.posts.length) {
      row(box, "职务", t.posts.map(function (p) {
        // a learned post shows its calibrated confidence (置信度)
        var conf = typeof p.confidence === "number" ? "（置信度 " + p.confidence.toFixed(2) + "）" : "";
        return p.person + " " + p.title + conf;
      }).join("；"));
    }
    row(box, "结对单位数", t.partners);
    var links = incident.get(id) || [];
    var pairs = links.slice(0, 6).map(function (eid) {
      var ends = edgeEnds.get(eid), e = edgeTips.get(eid);
      var other = ends[0] === id ? ends[1] : ends[0];
      var detail = (e.kinds.length ? e.kinds.join("、") : "结对") + (e.since ? "，" + e.since : "");
      return nodeTips.get(other).name + "（" + detail + "）";
    });
    if (links.length > 6) pairs.push("等 " + links.length + " 个");
    if (pairs.length) row(box, "结对", pairs.join("；"));
    var shown = t.articles.slice(0, 3).map(source);
    if (t.articles.length > 3) shown.push("等 " + t.articles.length + " 篇");
    if (shown.length) row(box, "来源", shown.join("；"));
    return box;
  }

  function edgeTip(id) {
    var box = el("div");
    var t = edgeTips.get(id);
    if (!t) {
      box.appendChild(el("div", "pbkg-tip-title", drawnEdges.get(id).count + " 条结对"));
      row(box, "", "展开两端的区域查看");
      return box;
    }
    box.appendChild(el("div", "pbkg-tip-title", t.ends[0] + " — " + t.ends[1]));
    row(box, "结对类型", t.kinds.length ? t.kinds.join("、") : "结对");
    row(box, "起始年份", t.since);
    row(box, "人工确认", t.confirmed);
    t.evidence.forEach(function (q) {
      box.appendChild(el("blockquote", "pbkg-evidence", q.text));
      box.appendChild(el("div", "pbkg-source", "—— " + source(q)));
    });
    if (t.more_evidence) row(box, "", "另有 " + t.more_evidence + " 处报道");
    return box;
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
  network.on("dragEnd", updateViewSoon);
  network.on("zoom", function () {
    hideTip();
    syncDashes();
    updateViewSoon();
  });
  network.on("click", function (p) {
    if (p.nodes.length && isCluster(p.nodes[0])) {
      hideTip();
      openCluster(Number(p.nodes[0].slice(8)), true);
    } else if (p.nodes.length) showTip(nodeTip(p.nodes[0]), p.pointer.DOM);
    else if (p.edges.length) showTip(edgeTip(p.edges[0]), p.pointer.DOM);
    else hideTip();
  });

  // ---- search: a plain input with a datalist (no CDN widget) --------------------------
  // Names may repeat across units, so a name maps to every unit that bears it.
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
    if (overview) {
      // Open the units' clusters first: a closed cluster's units are not drawn.
      ids.forEach(function (id) { pinned.add(clusterOf.get(id)); });
      updateView();
    }
    network.focus(ids[0], { scale: 1.2, animation: false });
    updateView();  // the clusters now in view, and dashes at this scale
    network.selectNodes(ids, true);
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
    pinned.clear();
    network.fit();
    updateView();
  });
})();
