// A small YASR plugin: the result rows as a node-link graph (SVG, a few hundred force-layout steps).
// SELECT: edges between the IRI values of a row (in column order); CONSTRUCT/DESCRIBE: s → o.
// Built with createElementNS/textContent only, so labels from the data can never become markup.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const MAX_NODES = 150;

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function short(v) {
    const cut = Math.max(v.lastIndexOf("/"), v.lastIndexOf("#"));
    return cut >= 0 && cut < v.length - 1 ? v.slice(cut + 1) : v;
  }
  // (nodes, edges, labels) of the rows: IRIs are nodes; a literal column whose name says label/name
  // names the IRI before it; in s/p/o results (CONSTRUCT, DESCRIBE) every triple between IRIs is an edge.
  function graphOf(vars, rows) {
    const nodes = new Set(), edges = [], labels = {};
    const spo = vars.length === 3 && vars[0] === "subject" && vars[1] === "predicate" && vars[2] === "object";
    for (const b of rows) {
      if (spo) {
        if (b.subject && b.object && b.object.type === "uri") {
          nodes.add(b.subject.value); nodes.add(b.object.value);
          edges.push([b.subject.value, b.object.value]);
        } else if (b.subject && b.object && /label$/i.test(b.predicate.value)) {
          nodes.add(b.subject.value); labels[b.subject.value] = b.object.value;
        }
        continue;
      }
      let prev = null;
      for (const v of vars) {
        const t = b[v];
        if (!t) continue;
        if (t.type === "uri") {
          nodes.add(t.value);
          if (prev) edges.push([prev, t.value]);
          prev = t.value;
        } else if (prev && /(label|name)$/i.test(v) && !labels[prev]) {
          labels[prev] = t.value;
        }
      }
    }
    return { nodes: [...nodes], edges, labels };
  }
  // Fruchterman–Reingold: repulsion k²/d between pairs closer than 2k, attraction d²/k along edges, cooling.
  function layout(nodes, links, w, h) {
    const k = Math.sqrt((w * h) / Math.max(1, nodes.length)) * 0.6;
    nodes.forEach((n, i) => { n.x = w / 2 + (w / 3) * Math.cos(i * 2.4) * Math.sqrt(i / nodes.length);
                              n.y = h / 2 + (h / 3) * Math.sin(i * 2.4) * Math.sqrt(i / nodes.length); });
    let temp = w / 10;
    for (let step = 0; step < 250; step++) {
      for (const n of nodes) { n.dx = 0; n.dy = 0; }
      for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        if (d > 2 * k) continue;  // FR's cut-off: far nodes do not push, so loose nodes do not flee to the edge
        const f = (k * k) / d;
        a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
      }
      for (const l of links) {
        const dx = l.s.x - l.t.x, dy = l.s.y - l.t.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01, f = (d * d) / k;
        l.s.dx -= dx / d * f; l.s.dy -= dy / d * f; l.t.dx += dx / d * f; l.t.dy += dy / d * f;
      }
      for (const n of nodes) {
        n.dx += (w / 2 - n.x) * 0.05; n.dy += (h / 2 - n.y) * 0.05;  // gravity keeps loose nodes in view
        const d = Math.sqrt(n.dx * n.dx + n.dy * n.dy) + 0.01, m = Math.min(d, temp);
        n.x = Math.min(w - 30, Math.max(30, n.x + n.dx / d * m));
        n.y = Math.min(h - 20, Math.max(20, n.y + n.dy / d * m));
      }
      temp *= 0.98;
    }
  }

  class KzGraph {
    constructor(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Graph"; }
    canHandleResults() {
      const r = this.yasr.results;
      return !!r && !!r.getVariables && (r.getVariables() || []).length > 0 && (r.getBindings() || []).length > 0;
    }
    getIcon() {
      const span = document.createElement("span");
      span.textContent = "◉";
      return span;
    }
    draw() {
      const r = this.yasr.results;
      const g = graphOf(r.getVariables(), r.getBindings());
      const ids = new Map();
      for (const id of g.nodes.slice(0, MAX_NODES)) ids.set(id, { id: id });
      const links = g.edges.filter(([s, o]) => ids.has(s) && ids.has(o) && s !== o)
        .map(([s, o]) => ({ s: ids.get(s), t: ids.get(o) }));
      const labels = g.labels;
      const nodes = [...ids.values()];
      const box = document.createElement("div");
      box.className = "kz-graph";
      const w = Math.max(600, this.yasr.resultsEl.clientWidth || 900), h = 560;
      const svg = el("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: "img" }, box);
      layout(nodes, links, w, h);
      for (const l of links) {
        el("line", { x1: l.s.x, y1: l.s.y, x2: l.t.x, y2: l.t.y, stroke: "#aaa" }, svg);
      }
      for (const n of nodes) {
        const g = el("g", { class: "kz-node" }, svg);
        el("circle", { cx: n.x, cy: n.y, r: 6, fill: "#7a1f1f" }, g);
        const text = el("text", { x: n.x + 9, y: n.y + 4, "font-size": "12" }, g);
        text.textContent = (labels[n.id] || short(n.id)).slice(0, 40);
        const title = el("title", {}, g);
        title.textContent = n.id;
      }
      const note = document.createElement("p");
      note.className = "kz-graph-note";
      note.textContent = `${nodes.length} nodes, ${links.length} links` + (g.nodes.length > MAX_NODES ? ` (first ${MAX_NODES} of ${g.nodes.length})` : "");
      box.appendChild(note);
      this.yasr.resultsEl.appendChild(box);
    }
  }
  window.KzGraph = KzGraph;
})();
