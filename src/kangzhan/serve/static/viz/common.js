/* Shared by the kangzhan views: status line, error reporting, "drawn" markers for tests and users. */
"use strict";
window.kz = {
  status: function (text, isError) {
    var el = document.getElementById("viz-status");
    el.textContent = text;
    el.className = "viz-status" + (isError ? " error" : "");
  },
  ready: function (info) {
    window.kzViz = info;
    document.body.setAttribute("data-viz-ready", JSON.stringify(info));
  },
  fail: function (text) {
    kz.status(text, true);
    document.body.setAttribute("data-viz-error", text);
  },
  fetchJSON: function (url) {
    return fetch(url).then(function (r) {
      if (r.ok) { return r.json(); }
      return r.text().then(function (t) { var e = new Error(t.trim()); e.status = r.status; throw e; });
    });
  },
  networkLink: function (base, iri) { return base + "?battle=" + encodeURIComponent(iri); }
};
window.addEventListener("error", function (e) { document.body.setAttribute("data-viz-error", String(e.message)); });
