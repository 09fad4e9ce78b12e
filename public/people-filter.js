// The people index's type-ahead filter (issue 15 part 4): narrows the A–Z list already in the page to the names
// that hold what the reader types, ignoring case and accents, in any script. Without this script the list is whole.
(() => {
  const box = document.querySelector(".people-filter");
  const input = box && box.querySelector("input");
  const status = box && box.querySelector(".people-filter__count");
  if (!box || !input || !status) return;
  const fold = (text) => text.normalize("NFD").replace(/\p{M}+/gu, "").toLocaleLowerCase();
  const groups = [...document.querySelectorAll(".letter-group")].map((section) => ({
    section,
    link: document.querySelector(`.letter-nav a[href="#${section.getAttribute("aria-labelledby")}"]`),
    items: [...section.querySelectorAll(".entity-list > li")].map((li) => ({ li, name: fold(li.querySelector("a")?.textContent ?? "") })),
  }));
  let timer;
  const apply = () => {
    const query = fold(input.value.trim());
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const item of group.items) {
        const match = query === "" || item.name.includes(query);
        item.li.hidden = !match;
        if (match) inGroup++;
      }
      group.section.hidden = inGroup === 0;
      if (group.link) group.link.parentElement.hidden = inGroup === 0;
      shown += inGroup;
    }
    // Said only while filtering: an empty box is the whole list, as the page says already.
    status.textContent = query === "" ? "" : box.dataset.count.replace("{count}", shown.toLocaleString(document.documentElement.lang || undefined));
  };
  // Announced once typing pauses, not at every key.
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 150);
  });
  box.hidden = false;
})();
