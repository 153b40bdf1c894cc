/* Map of battles and places on offline province outlines (no tile server). */
"use strict";
(function () {
  var box = document.getElementById("map");
  var map = L.map(box, { zoomSnap: 0.25, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("province outlines: Apache ECharts 4.9.0 map data (Apache-2.0)");
  var info = { provinces: 0, features: 0, places: 0, battles: 0 };
  kz.fetchJSON(box.getAttribute("data-base")).then(function (base) {
    var layer = L.geoJSON(base, { style: { color: "#7f8c8d", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 },
      onEachFeature: function (f, l) { l.bindTooltip(f.properties.name, { sticky: true }); } }).addTo(map);
    info.provinces = base.features.length;
    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    return fetch(box.getAttribute("data-url"));
  }).then(function (r) {
    if (!r.ok) { return r.text().then(function (t) { kz.status(t.trim()); kz.ready(info); }); }
    return r.json().then(function (data) {
      var link = box.getAttribute("data-network");
      // a battle is drawn once, at the middle of its places (the GeoJSON keeps them all as a MultiPoint)
      data.features.forEach(function (f) {
        if (f.properties.kind === "battle" && f.geometry.type === "MultiPoint") {
          var c = f.geometry.coordinates, n = c.length;
          f.geometry = { type: "Point", coordinates: [c.reduce(function (a, p) { return a + p[0]; }, 0) / n,
                                                      c.reduce(function (a, p) { return a + p[1]; }, 0) / n] };
        }
      });
      // battles first, so the smaller place markers are drawn on top of them
      data.features.sort(function (a, b) { return (a.properties.kind === "battle" ? 0 : 1) - (b.properties.kind === "battle" ? 0 : 1); });
      var layer = L.geoJSON(data, {
        pointToLayer: function (f, latlng) {
          var battle = f.properties.kind === "battle";
          return L.circleMarker(latlng, { radius: battle ? 9 : 4, color: battle ? "#922b21" : "#145a32", weight: 1.5,
            fillColor: battle ? "#c0392b" : "#1e8449", fillOpacity: battle ? 0.55 : 0.9 });
        },
        onEachFeature: function (f, l) {
          var p = f.properties, html = document.createElement("div"), a = document.createElement("a");
          a.textContent = p.label + (p.label_en ? " · " + p.label_en : "");
          a.href = p.kind === "battle" ? kz.networkLink(link, p.iri) : p.iri;
          html.appendChild(a);
          if (p.start) { html.appendChild(document.createElement("br")); html.appendChild(document.createTextNode(p.start + " – " + p.end)); }
          l.bindPopup(html);
          l.bindTooltip(p.label);
        }
      }).addTo(map);
      data.features.forEach(function (f) { info[f.properties.kind === "battle" ? "battles" : "places"] += 1; });
      info.features = data.features.length;
      if (data.features.length) { map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 7 }); }
      kz.status(info.places + " places, " + info.battles + " battles with coordinates");
      kz.ready(info);
    });
  }).catch(function (e) { kz.fail(e.message); });
})();
