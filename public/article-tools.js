// Copy buttons on an article page (loaded with defer, on article pages only). Each button copies the text of the
// element its data-copy names and says so in the section's status line; where the clipboard is missing or refused,
// it selects that text instead, so the reader can copy it with the keyboard. Without this script the buttons stay
// hidden and the address and citation are plain text to select.
(() => {
  for (const button of document.querySelectorAll(".article-tools__copy[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    const status = button.closest(".article-tools")?.querySelector(".article-tools__status");
    if (!source || !status) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = source.textContent.trim();
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        select(source);
      }
      announce(status, copied ? button.dataset.copied : button.dataset.selected);
    });
  }

  function select(element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // Emptied first, so the same message said twice is announced twice.
  function announce(status, message) {
    status.textContent = "";
    requestAnimationFrame(() => {
      status.textContent = message ?? "";
    });
  }
})();
