// The search page: a small UI over Pagefind's JS API (pagefind.js in the
// site's bundle). It reads and writes the page's address (q, one parameter per
// chosen filter value, sort), shows each facet's ten busiest values with a box
// to find the rest, and builds every node from index data as text: titles,
// names and excerpts are never parsed as HTML (the index holds what editors
// wrote). Without JavaScript, or when the index cannot be loaded, the page
// shows its message with links to browse instead.

import { excerptParts } from "./search-excerpt.js";

const FACETS = ["person", "country", "source", "year"];
const FIND_LABELS = { person: "findPerson", country: "findCountry", source: "findSource", year: "findYear" };
const SORTS = ["", "date:desc", "date:asc"];
const SHOWN_OPTIONS = 10;
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 200;
const MAX_QUERY = 200;

const form = document.getElementById("search-form");
if (form) start(form);

function start(form) {
  const strings = readStrings(form.dataset.strings);
  const input = document.getElementById("search-q");
  const sortSelect = document.getElementById("search-sort");
  const status = document.getElementById("search-status");
  const facetsRoot = document.getElementById("search-facets");
  const resultsList = document.getElementById("search-results");
  const moreButton = document.getElementById("search-more");
  const toggle = document.getElementById("search-filter-toggle");
  const fallback = document.getElementById("search-fallback");

  const state = readAddress(window.location.search);
  input.value = state.q;
  sortSelect.value = state.sort;

  let pagefind = null;
  let ready = false;
  let totals = {};
  let searchId = 0;
  let results = [];
  let shown = 0;
  const facetViews = {};

  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    facetsRoot.classList.toggle("search-facets--open", open);
  });

  let timer = 0;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update(), TYPING_PAUSE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    update();
  });
  sortSelect.addEventListener("change", () => update());
  moreButton.addEventListener("click", () => showMore().catch(() => fail()));

  setStatus(strings.loading);
  load().catch(() => fail());

  // The index is one Pagefind bundle per year, listed in shards.json: the newest is
  // loaded, the others merged into it (mergeIndex), so a search and its filter
  // counts cover them all. An archive without articles has no shard.
  async function load() {
    const bundle = new URL(form.dataset.bundlePath, window.location.href);
    const response = await fetch(new URL("shards.json", bundle));
    if (!response.ok) throw new Error(`shards.json: ${response.status}`);
    const listed = (await response.json()).shards;
    const shards = Array.isArray(listed) ? listed.filter((shard) => shard && typeof shard.path === "string") : [];
    if (shards.length === 0) {
      setStatus(strings.empty || strings.error);
      return;
    }
    const shardUrls = shards.map((shard) => new URL(shard.path, bundle).href);
    pagefind = await import(new URL("pagefind.js", shardUrls[0]).href);
    await pagefind.options({ baseUrl: form.dataset.baseUrl });
    await pagefind.init();
    await Promise.all(shardUrls.slice(1).map((url) => pagefind.mergeIndex(url, { baseUrl: form.dataset.baseUrl })));
    totals = (await pagefind.filters()) || {};
    const articles = Object.values(totals.year || {}).reduce((sum, n) => sum + n, 0);
    if (articles === 0) {
      setStatus(strings.empty || strings.error);
      return;
    }
    // Only values the index holds are taken from the address; the rest are ignored, and leave it at the reader's next change.
    for (const facet of FACETS) state[facet] = state[facet].filter((value) => Object.hasOwn(totals[facet] || {}, value));
    for (const facet of FACETS) facetViews[facet] = facetView(facet);
    ready = true;
    readForm();
    await search();
  }

  function readForm() {
    state.q = input.value.slice(0, MAX_QUERY);
    state.sort = SORTS.includes(sortSelect.value) ? sortSelect.value : "";
  }

  // Typing before the index has loaded is kept: the address follows at once, the search when the index is ready.
  function update() {
    readForm();
    writeAddress(state);
    if (ready) search().catch(() => fail());
  }

  async function search() {
    const id = ++searchId;
    // Set while a search is under way (a sorted one asks one search per year): assistive
    // technology, and tests, wait for the list to settle.
    resultsList.setAttribute("aria-busy", "true");
    const term = state.q.trim();
    const filtered = FACETS.some((facet) => state[facet].length > 0);
    if (!term && !filtered) {
      results = [];
      renderFacets(totals);
      await renderResults(id);
      setStatus(strings.prompt);
      return;
    }
    // Said only when a search takes long enough to notice, so a screen reader is not told it at every keystroke.
    const slow = window.setTimeout(() => id === searchId && setStatus(strings.searching), 400);
    const main = await pagefind.search(term || null, { filters: filtersExcept(null) });
    // A facet with a value chosen counts its other values as if it had none, so a second one can be added.
    const counts = {};
    for (const facet of FACETS) {
      counts[facet] = state[facet].length > 0
        ? ((await pagefind.search(term || null, { filters: filtersExcept(facet) })).filters || {})[facet] || {}
        : (main.filters || {})[facet] || {};
    }
    const ordered = state.sort ? await inDateOrder(term, main) : main.results;
    window.clearTimeout(slow);
    if (id !== searchId) return;
    results = ordered;
    renderFacets(counts);
    await renderResults(id);
    if (id !== searchId) return;
    const count = results.length.toLocaleString(document.documentElement.lang || undefined);
    if (term) setStatus(results.length ? strings.results : strings.noResults, { query: term, count });
    else setStatus(results.length ? strings.resultsFiltered : strings.noResultsFiltered, { count });
  }

  // Merged shards come ordered by each shard's own scores, which do not compare
  // across shards: for newest or oldest first, each year's results are asked for
  // on their own (the year filter picks one shard), in that shard's date order,
  // and the years are put one after the other. Only years with results are asked.
  async function inDateOrder(term, main) {
    const [key, direction] = state.sort.split(":");
    const years = Object.entries((main.filters || {}).year || {})
      .filter(([, count]) => count > 0)
      .map(([year]) => year)
      .sort((a, b) => (direction === "asc" ? Number(a) - Number(b) : Number(b) - Number(a)));
    const perYear = await Promise.all(
      years.map((year) => pagefind.search(term || null, { filters: { ...filtersExcept(null), year }, sort: { [key]: direction } })),
    );
    return perYear.flatMap((found) => found.results);
  }

  function filtersExcept(skipped) {
    const filters = {};
    for (const facet of FACETS) if (facet !== skipped && state[facet].length > 0) filters[facet] = { any: state[facet] };
    return filters;
  }

  async function renderResults(id) {
    shown = 0;
    const page = await resultNodes(0, PAGE_SIZE);
    if (id !== searchId) return;
    resultsList.replaceChildren(...page);
    resultsList.removeAttribute("aria-busy");
    shown = page.length;
    moreButton.hidden = shown >= results.length;
  }

  async function showMore() {
    const id = searchId;
    const page = await resultNodes(shown, PAGE_SIZE);
    if (id !== searchId) return;
    const first = page[0];
    resultsList.append(...page);
    shown += page.length;
    moreButton.hidden = shown >= results.length;
    // Keyboard and screen-reader users continue where the new results begin.
    if (first) first.querySelector("a").focus();
  }

  async function resultNodes(from, count) {
    const data = await Promise.all(results.slice(from, from + count).map((result) => result.data()));
    return data.map(resultNode);
  }

  function resultNode(data) {
    const meta = data.meta || {};
    const item = element("li", "article-item");
    const article = element("article");
    const heading = element("h2", "article-item__title");
    heading.dir = "auto";
    const link = element("a");
    link.href = data.url;
    link.textContent = meta.title || data.url;
    heading.append(link);
    const line = element("p", "article-item__meta");
    const source = element("bdi");
    source.textContent = meta.source || "";
    line.append(`${meta.date || ""} · `, source);
    const excerpt = element("p", "article-item__excerpt");
    excerpt.dir = "auto";
    for (const part of excerptParts(data.content || "", data.locations || [], Number(meta.excerptStart), Number(meta.excerptEnd))) {
      if (part.mark) {
        const mark = element("mark");
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    article.append(heading, line, excerpt);
    item.append(article);
    return item;
  }

  function renderFacets(counts) {
    const anyChosen = FACETS.some((facet) => state[facet].length > 0);
    // On a phone the filters are folded away: the button says how many are chosen.
    const chosenCount = FACETS.reduce((sum, facet) => sum + state[facet].length, 0);
    let badge = toggle.querySelector(".search-filter-toggle__count");
    if (!badge) {
      badge = element("span", "search-filter-toggle__count");
      toggle.append(" ", badge);
    }
    badge.textContent = chosenCount > 0 ? chosenCount.toLocaleString(document.documentElement.lang || undefined) : "";
    let clear = facetsRoot.querySelector(".search-facets__clear");
    if (anyChosen && !clear) {
      clear = element("button", "search-facets__clear");
      clear.type = "button";
      clear.textContent = strings.clearFilters;
      clear.addEventListener("click", () => {
        for (const facet of FACETS) state[facet] = [];
        input.focus();
        update();
      });
      facetsRoot.prepend(clear);
    } else if (!anyChosen && clear) {
      clear.remove();
    }
    for (const facet of FACETS) facetViews[facet].render(counts[facet] || {});
  }

  /** One facet: its legend, a box to find values when there are more than ten, and its options. */
  function facetView(facet) {
    const fieldset = element("fieldset", "facet");
    const legend = element("legend", "facet__name");
    legend.textContent = strings[facet];
    fieldset.append(legend);
    const findId = `search-find-${facet}`;
    const findLabel = element("label", "facet__find-label");
    findLabel.htmlFor = findId;
    findLabel.textContent = strings[FIND_LABELS[facet]];
    const find = element("input", "facet__find");
    find.type = "search";
    find.id = findId;
    find.autocomplete = "off";
    const findRow = element("div", "facet__find-row");
    findRow.append(findLabel, find);
    const list = element("ul", "facet__options");
    const note = element("p", "facet__note");
    fieldset.append(findRow, list, note);
    fieldset.hidden = true;
    facetsRoot.append(fieldset);
    let current = {};
    find.addEventListener("input", () => draw());

    function draw() {
      const values = Object.keys(current).filter((value) => current[value] > 0 || state[facet].includes(value));
      const byCount = (a, b) => (current[b] || 0) - (current[a] || 0) || a.localeCompare(b);
      values.sort(byCount);
      const wanted = fold(find.value.trim());
      const matching = wanted ? values.filter((value) => fold(value).includes(wanted)) : values;
      const chosen = state[facet].filter((value) => values.includes(value));
      const top = matching.filter((value) => !chosen.includes(value)).slice(0, Math.max(0, SHOWN_OPTIONS - chosen.length));
      const visible = [...chosen, ...top].sort(byCount);
      const focused = document.activeElement && list.contains(document.activeElement) ? document.activeElement.value : null;
      list.replaceChildren(...visible.map((value, i) => optionNode(value, i)));
      if (focused !== null) {
        const again = [...list.querySelectorAll("input")].find((box) => box.value === focused);
        if (again) again.focus();
      }
      findRow.hidden = values.length <= SHOWN_OPTIONS;
      const hiddenCount = matching.length - top.length - chosen.filter((value) => matching.includes(value)).length;
      note.textContent = wanted && matching.length === 0
        ? fill(strings.noMatch, { text: find.value.trim() })
        : !wanted && hiddenCount > 0 ? fill(strings.more, { count: hiddenCount.toLocaleString(document.documentElement.lang || undefined) }) : "";
      note.hidden = note.textContent === "";
      fieldset.hidden = values.length === 0;
    }

    function optionNode(value, i) {
      const item = element("li", "facet__option");
      const box = element("input");
      box.type = "checkbox";
      box.id = `search-${facet}-${i}`;
      box.value = value;
      box.checked = state[facet].includes(value);
      box.addEventListener("change", () => {
        state[facet] = box.checked ? [...state[facet], value] : state[facet].filter((v) => v !== value);
        update();
      });
      const label = element("label");
      label.htmlFor = box.id;
      const name = element("bdi");
      name.textContent = value;
      const count = element("span", "facet__count");
      count.textContent = (current[value] || 0).toLocaleString(document.documentElement.lang || undefined);
      label.append(name, " ", count);
      item.append(box, label);
      return item;
    }

    return {
      render(counts) {
        current = counts;
        draw();
      },
    };
  }

  /** Prints the status; a query from the reader goes in a <bdi>, so a Latin query in an Arabic sentence keeps its place. */
  function setStatus(text, values = {}) {
    const parts = String(text || "").split(/\{([A-Za-z]+)\}/);
    status.replaceChildren(
      ...parts.map((part, i) => {
        if (i % 2 === 0) return part;
        if (!Object.hasOwn(values, part)) return `{${part}}`;
        const isolated = element("bdi");
        isolated.textContent = String(values[part]);
        return isolated;
      }),
    );
  }

  function fail() {
    searchId++;
    resultsList.removeAttribute("aria-busy");
    setStatus("");
    fallback.classList.add("search-fallback--error");
  }
}

/** The page's state from its address: the words, each facet's chosen values, the order. */
function readAddress(search) {
  const params = new URLSearchParams(search);
  const state = { q: (params.get("q") || "").slice(0, MAX_QUERY), sort: "" };
  const sort = params.get("sort") || "";
  if (SORTS.includes(sort)) state.sort = sort;
  for (const facet of FACETS) state[facet] = [...new Set(params.getAll(facet))].slice(0, 20);
  return state;
}

/** Puts the state in the address without a new history entry, so Back leaves the page and a copied link restores it. */
function writeAddress(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const facet of FACETS) for (const value of state[facet]) params.append(facet, value);
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
}

function readStrings(json) {
  try {
    const parsed = JSON.parse(json || "{}");
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}

function fill(text, values) {
  return String(text || "").replace(/\{([A-Za-z]+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** A name as the facet box compares it: without accents or case, so "ozkan" finds "Özkan". */
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
