// The query page: YASGUI on /sparql, prefixes pre-filled, example buttons, local links for our IRIs.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("kz-config").textContent);
  const endpoint = new URL(config.endpoint, window.location.href).href;
  const Y = window.Yasgui;
  if (window.KzGraph) Y.Yasr.registerPlugin("graph", window.KzGraph);
  Y.Yasqe.defaults.value = config.prefixes + "\n" + config.examples[0].query;
  const yasgui = new Y(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    yasr: { pluginOrder: ["table", "graph", "response"] },
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
  });
  window.kangzhanYasgui = yasgui;

  function run(index) {
    const ex = config.examples[index];
    const tab = yasgui.getTab();
    const yasqe = tab.getYasqe();
    yasqe.setValue(config.prefixes + "\n# " + ex.title + "\n" + ex.query);
    yasqe.query();
  }
  document.querySelectorAll("button.kz-example").forEach((b) => {
    b.addEventListener("click", () => run(Number(b.dataset.index)));
  });

  // Our resource IRIs resolve on this server: open /resource/... instead of the w3id address.
  document.addEventListener("click", (e) => {
    const a = e.target.closest && e.target.closest("a[href]");
    if (a && a.href.startsWith(config.resourceBase)) {
      e.preventDefault();
      window.open("/resource/" + a.href.slice(config.resourceBase.length), "_blank", "noopener");
    }
  }, true);
})();
