// Starts Pagefind's search UI on /search/. Without JavaScript, or when the
// index cannot be loaded, the page keeps its message with links to browse.
(function () {
  "use strict";

  function start() {
    var element = document.getElementById("search");
    var fallback = document.getElementById("search-fallback");
    if (!element) return;
    if (typeof window.PagefindUI !== "function") {
      document.getElementById("search-needs-js").hidden = true;
      document.getElementById("search-error").hidden = false;
      return;
    }
    var controls = document.getElementById("search-controls");
    var sortSelect = document.getElementById("search-sort");
    var ui;

    function create(sort, term) {
      var options = {
        element: element,
        bundlePath: element.dataset.bundlePath,
        baseUrl: element.dataset.baseUrl,
        showImages: false,
        showSubResults: false,
        resetStyles: false,
        autofocus: !term,
        openFilters: [],
      };
      if (sort) options.sort = sort;
      ui = new window.PagefindUI(options);
      if (term) ui.triggerSearch(term);
    }

    function currentSort() {
      var value = sortSelect.value;
      if (!value) return null;
      var parts = value.split(":");
      var sort = {};
      sort[parts[0]] = parts[1];
      return sort;
    }

    var query = new URLSearchParams(window.location.search).get("q");
    create(null, query || "");
    fallback.hidden = true;
    controls.hidden = false;
    // Pagefind's UI takes its sort order when it is made: make it again, keeping the words typed.
    sortSelect.addEventListener("change", function () {
      var input = element.querySelector("input[type=search], input");
      var term = input ? input.value : "";
      ui.destroy();
      create(currentSort(), term);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
