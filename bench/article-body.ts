/**
 * Realistic-looking Markdown bodies of about 4 KB: paragraphs with emphasis and
 * links, a subheading or two, a list, a quotation, as news articles have. The
 * words are ordinary English in random order; the names are the article's own.
 */
import { Random } from "./random.ts";

const WORDS = (
  "the minister said talks would continue next week after a meeting in the capital where officials discussed trade " +
  "energy security water roads schools prices budget council agreement delegation report committee election vote " +
  "government opposition parliament court ruling police border farmers workers union strike market bank inflation " +
  "growth exports imports harvest rainfall flood drought hospital doctors patients teachers students university " +
  "railway port airport bridge project contract company investors shares profits losses plan proposal reform law " +
  "regional local national international visit statement press conference spokesperson agency figures data survey " +
  "residents community village town city district province neighbours leaders partners allies talks summit forum " +
  "early late recent major minor new old first last several many few most some both each other further previous " +
  "announced confirmed denied expected agreed rejected approved signed opened closed raised lowered warned urged " +
  "promised reported described called added noted told asked"
).split(" ");

const HEADINGS = ["Background", "What comes next", "Reactions", "The numbers", "A long road", "Local concerns", "Analysis", "On the ground"];
const LINK_HOSTS = ["https://example.org", "https://example.net", "https://example.com"];

/** Options for one body. */
export interface BodyOptions {
  /** Names the text mentions (the article's people), possibly empty. */
  people: string[];
  /** Places the text mentions. */
  places: string[];
  /** Roughly how many characters to write. */
  targetLength: number;
}

/** Writes one Markdown body. */
export function articleBody(random: Random, { people, places, targetLength }: BodyOptions): string {
  const blocks: string[] = [];
  let length = 0;
  const push = (block: string) => {
    blocks.push(block);
    length += block.length + 2;
  };
  push(paragraph(random, people, places, 4));
  let sinceHeading = 1;
  while (length < targetLength) {
    const roll = random.next();
    if (sinceHeading >= 3 && roll < 0.3) {
      push(`## ${random.pick(HEADINGS)}`);
      sinceHeading = 0;
    } else if (roll < 0.42) {
      push(list(random));
    } else if (roll < 0.52) {
      const speaker = people.length > 0 ? random.pick(people) : "a spokesperson";
      push(`> ${capitalise(sentence(random, 14))}, ${speaker} said.`);
    } else {
      push(paragraph(random, people, places, random.int(3, 5)));
    }
    sinceHeading++;
  }
  return `${blocks.join("\n\n")}\n`;
}

function paragraph(random: Random, people: string[], places: string[], sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    let text = capitalise(sentence(random, random.int(10, 22)));
    const roll = random.next();
    if (roll < 0.2 && people.length > 0) text = `${random.pick(people)} ${sentence(random, random.int(6, 12))}`;
    else if (roll < 0.3 && places.length > 0) text = `In ${random.pick(places)}, ${sentence(random, random.int(8, 14))}`;
    parts.push(`${decorate(random, text)}.`);
  }
  return parts.join(" ");
}

/** Adds emphasis, strong emphasis or a link to a sentence now and then. */
function decorate(random: Random, text: string): string {
  const words = text.split(" ");
  if (words.length < 4) return text;
  const at = random.int(1, words.length - 2);
  const roll = random.next();
  if (roll < 0.15) words[at] = `*${words[at]}*`;
  else if (roll < 0.22) words[at] = `**${words[at]}**`;
  else if (roll < 0.34) words[at] = `[${words[at]} ${words[at + 1]}](${random.pick(LINK_HOSTS)}/${words[at]}-${random.int(1, 9999)})`, words.splice(at + 1, 1);
  return words.join(" ");
}

function list(random: Random): string {
  const items: string[] = [];
  const ordered = random.chance(0.3);
  const count = random.int(3, 5);
  for (let i = 0; i < count; i++) items.push(`${ordered ? `${i + 1}.` : "-"} ${capitalise(sentence(random, random.int(4, 9)))}`);
  return items.join("\n");
}

function sentence(random: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(random.pick(WORDS));
  return out.join(" ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
