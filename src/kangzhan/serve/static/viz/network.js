/* Battle network: units by side and echelon, commanders and places around one battle (or all). */
"use strict";
(function () {
  var box = document.getElementById("cy");
  var ECHELON = { "战区": 5, "方面军": 5, "派遣军": 5, "集团军": 4, "兵团": 4, "路军": 4, "军": 4, "师": 3, "师团": 3,
    "旅": 2, "旅团": 2, "步兵团": 2, "团": 1, "联队": 1, "纵队": 2, "支队": 1 };
  var style = [
    { selector: "node", style: { "label": "data(label)", "font-size": 11, "text-valign": "center", "text-wrap": "wrap",
      "text-max-width": 90, "border-width": 1, "border-color": "#777", "width": 34, "height": 34,
      "font-family": "Noto Sans CJK SC, sans-serif" } },
    { selector: "node[kind = 'battle']", style: { "shape": "round-rectangle", "background-color": "#f5d76e",
      "width": "data(w)", "height": 26 } },
    { selector: "node[kind = 'unit']", style: { "shape": "ellipse", "background-color": "#aed6f1" } },
    { selector: "node[kind = 'unit'][side = 'China']", style: { "border-color": "#c0392b", "border-width": 3 } },
    { selector: "node[kind = 'unit'][side = 'Japan']", style: { "border-color": "#2c3e50", "border-width": 3 } },
    { selector: "node[kind = 'unit'][side = 'OtherSide']", style: { "border-color": "#d68910", "border-width": 3 } },
    { selector: "node[kind = 'person']", style: { "shape": "diamond", "background-color": "#d7bde2" } },
    { selector: "node[kind = 'place']", style: { "shape": "tag", "background-color": "#a9dfbf" } },
    { selector: "edge", style: { "width": 1.5, "line-color": "#aab7b8", "target-arrow-color": "#aab7b8",
      "target-arrow-shape": "triangle", "curve-style": "bezier", "label": "data(label)", "font-size": 9, "color": "#666" } },
    { selector: "edge[relation = 'partOf']", style: { "line-style": "dashed", "width": 2.5 } }
  ];
  // One battle: its battles in the middle, Chinese units to the left and Japanese to the right in
  // columns by echelon (higher echelons further out), commanders beside the battle, places below.
  function sideLayout(cy) {
    var GX = 130, GY = 44, ROWS = 14, cols = {}, pos = {};
    cy.nodes().forEach(function (n) {
      var d = n.data(), side = d.side === "China" ? -1 : d.side === "Japan" ? 1 : 0, key;
      if (d.kind === "place") { key = "place"; }
      else if (d.kind === "battle" || side === 0) { key = "0:" + (d.kind === "battle" ? 0 : d.kind === "person" ? 1 : 2); }
      else if (d.kind === "person") { key = side + ":0"; }
      else { key = side + ":" + (1 + (ECHELON[d.echelon] || 0)); }
      (cols[key] = cols[key] || []).push(n);
    });
    var centre = [];
    ["0:0", "0:1", "0:2"].forEach(function (k) { centre = centre.concat(cols[k] || []); });
    centre.forEach(function (n, i) { pos[n.id()] = { x: 0, y: (i - (centre.length - 1) / 2) * GY }; });
    [-1, 1].forEach(function (side) {
      var slot = 1;
      for (var rank = 0; rank <= 6; rank++) {
        var list = cols[side + ":" + rank] || [];
        for (var start = 0; start < list.length; start += ROWS) {
          var chunk = list.slice(start, start + ROWS);
          chunk.forEach(function (n, i) { pos[n.id()] = { x: side * slot * GX, y: (i - (chunk.length - 1) / 2) * GY * 1.3 }; });
          slot++;
        }
      }
    });
    var ys = Object.keys(pos).map(function (k) { return pos[k].y; });
    var bottom = (ys.length ? Math.max.apply(null, ys) : 0) + 2 * GY, places = cols.place || [], per = 12;
    places.forEach(function (n, i) {
      var row = Math.floor(i / per), inRow = Math.min(per, places.length - row * per);
      pos[n.id()] = { x: ((i % per) - (inRow - 1) / 2) * GX * 0.8, y: bottom + row * GY };
    });
    return { name: "preset", positions: function (n) { return pos[n.id()]; }, fit: true, padding: 20 };
  }
  kz.fetchJSON(box.getAttribute("data-url")).then(function (data) {
    data.elements.nodes.forEach(function (n) {
      var rank = ECHELON[n.data.echelon] || 1;
      if (n.data.kind === "unit") { n.data.size = 24 + rank * 10; }
      if (n.data.kind === "battle") { n.data.w = 16 + 11 * Array.from(n.data.label || "").length; }
    });
    var cy = cytoscape({ container: box, elements: data.elements, style: style.concat([
      { selector: "node[size]", style: { "width": "data(size)", "height": "data(size)" } }]),
    });
    // a force layout while it is quick; beyond that, rings: battles inside, then commanders, units, places
    var RING = { battle: 4, person: 3, unit: 2, place: 1 };
    var layout = box.getAttribute("data-battle") ? sideLayout(cy)
      : data.elements.nodes.length <= 1500 ? { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90,
          numIter: data.elements.nodes.length <= 250 ? 1000 : 150 }
      : { name: "concentric", animate: false, minNodeSpacing: 6, concentric: function (n) { return RING[n.data("kind")] || 0; },
          levelWidth: function () { return 1; } };
    cy.layout(layout).run();
    cy.on("tap", "node[kind = 'battle']", function (e) {
      window.location.href = kz.networkLink(box.getAttribute("data-page"), e.target.id());
    });
    var info = { nodes: cy.nodes().length, edges: cy.edges().length };
    kz.status(info.nodes + " nodes, " + info.edges + " relations");
    kz.ready(info);
  }).catch(function (e) { kz.fail(e.message); });
})();
