/** Escaping for text and attribute values written into SVG (XML) markup by hand. */

/** Escapes `&`, `<`, `>`, `"` and `'`, so any text is safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
