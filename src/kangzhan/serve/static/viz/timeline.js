/* Timeline of dated battles, 1931–1945, filterable by side and by unit. */
"use strict";
(function () {
  var box = document.getElementById("timeline");
  var sideSel = document.getElementById("side"), unitSel = document.getElementById("unit");
  kz.fetchJSON(box.getAttribute("data-url")).then(function (data) {
    data.units.forEach(function (u) {
      var o = document.createElement("option");
      o.value = u.id;
      o.textContent = u.label + (u.side ? " (" + u.side + ")" : "");
      unitSel.appendChild(o);
    });
    function visible() {
      return data.items.filter(function (i) {
        return (!sideSel.value || i.sides.indexOf(sideSel.value) >= 0) && (!unitSel.value || i.units.indexOf(unitSel.value) >= 0);
      }).map(function (i) {
        var item = { id: i.id, content: i.content, start: i.start, title: i.title,
          className: i.sides.length > 1 ? "side-both" : i.sides.length === 1 ? "side-" + i.sides[0] : "" };
        // short battles as labelled points: a range a few pixels wide would hide its name
        var days = i.end ? (new Date(i.end) - new Date(i.start)) / 864e5 : 0;
        if (days > 200) { item.end = i.end; item.type = "range"; } else { item.type = "point"; }
        return item;
      });
    }
    var items = new vis.DataSet(visible());
    // 1931–1945, widened when the store has battles outside it
    var first = "1931-01-01", last = "1946-01-01";
    data.items.forEach(function (i) {
      if (i.start < first) { first = i.start.slice(0, 4) + "-01-01"; }
      if ((i.end || i.start) >= last) { last = (+(i.end || i.start).slice(0, 4) + 1) + "-01-01"; }
    });
    var timeline = new vis.Timeline(box, items, { min: first, max: last, start: first, end: last, stack: true,
      zoomMin: 1000 * 60 * 60 * 24 * 7, orientation: "top", maxHeight: "72vh" });
    var pending = true;
    function report() {
      var n = items.length;
      document.getElementById("shown").textContent = n + " / " + data.items.length + " battles";
      kz.status(data.items.length ? "" : "no dated battle in the store");
      kz.ready({ items: n, total: data.items.length });
    }
    // ready once vis has laid the items out with a size (its first "changed" can come before that)
    function whenDrawn(tries) {
      var boxes = box.querySelectorAll(".vis-item:not(.vis-dot)"), sized = 0;
      boxes.forEach(function (b) { if (b.getBoundingClientRect().width > 0) { sized++; } });
      var root = box.querySelector(".vis-timeline");  // vis keeps it hidden until its first full draw
      var shown = root && getComputedStyle(root).visibility === "visible";
      if ((sized >= items.length && shown) || tries > 300) { report(); } else { requestAnimationFrame(function () { whenDrawn(tries + 1); }); }
    }
    timeline.on("changed", function () { if (pending) { pending = false; whenDrawn(0); } });
    function refilter() { items.clear(); items.add(visible()); pending = true; if (items.length) { timeline.fit(); } report(); }
    sideSel.addEventListener("change", refilter);
    unitSel.addEventListener("change", refilter);
    timeline.on("select", function (p) {
      if (p.items.length) { window.location.href = kz.networkLink(box.getAttribute("data-network"), p.items[0]); }
    });
    if (!data.items.length) { report(); }
  }).catch(function (e) { kz.fail(e.message); });
})();
