/** The shape of one language's table of interface strings: the English table's keys, each a Message. */
import type { Message } from "./message.ts";
import type { StringKey } from "./strings/en.ts";

/** One language's interface strings: every key the English table has. */
export type StringTable = Readonly<Record<StringKey, Message>>;

export type { StringKey };
