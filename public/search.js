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
        // The site language's words for Pagefind's own texts (from Dateline's string table), so a
        // language Pagefind ships no translation for (Azerbaijani) is not shown in English.
        translations: readTranslations(),
      };
      if (sort) options.sort = sort;
      ui = new window.PagefindUI(options);
      if (term) ui.triggerSearch(term);
    }

    function readTranslations() {
      try {
        var parsed = JSON.parse(element.dataset.translations || "{}");
        return parsed && typeof parsed === "object" ? parsed : {};
      } catch (error) {
        return {};
      }
    }

    function currentSort() {
      var value = sortSelect.value;
      if (!value) return null;
      var parts = value.split(":");
      var sort = {};
      sort[parts[0]] = parts[1];
      return sort;
    }

    var params = new URLSearchParams(window.location.search);
    var query = params.get("q");
    var sortParam = params.get("sort");
    // Only an order the select offers is taken from the address.
    for (var i = 0; i < sortSelect.options.length; i++) {
      if (sortSelect.options[i].value === sortParam) sortSelect.value = sortParam;
    }
    create(currentSort(), query || "");
    fallback.hidden = true;
    controls.hidden = false;
    // Pagefind's UI takes its sort order when it is made. Destroying and
    // re-making it in place sometimes lost the results, so a new order loads
    // the page again with the words typed and the order in its address.
    sortSelect.addEventListener("change", function () {
      var input = element.querySelector("input[type=search], input");
      var next = new URLSearchParams();
      if (input && input.value) next.set("q", input.value);
      if (sortSelect.value) next.set("sort", sortSelect.value);
      window.location.search = next.toString();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
