/** The interface strings an article body's HTML contains, from a site's strings: what the render threads are given. */
import type { BodyWords } from "../markdown/body-html.ts";
import type { InterfaceStrings } from "./interface-strings.ts";
import type { StringKey } from "./string-table.ts";

/** The body strings of a site (each a plain string in every table). */
export function bodyWordsOf(strings: InterfaceStrings): BodyWords {
  const text = (key: StringKey) => {
    const message = strings.messages[key];
    return typeof message === "string" ? message : message.other;
  };
  return {
    sectionLink: text("body.sectionLink"),
    sectionLinkUntitled: text("body.sectionLinkUntitled"),
    table: text("body.table"),
    tableNumbered: text("body.tableNumbered"),
    taskDone: text("body.taskDone"),
    taskOpen: text("body.taskOpen"),
    videoPlay: text("body.videoPlay"),
    videoNamed: text("body.videoNamed"),
    videoUnnamed: text("body.videoUnnamed"),
    videoNote: text("body.videoNote"),
  };
}
