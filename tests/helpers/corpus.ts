/**
 * A generated content folder of any size, for tests that need many articles:
 * invented people (a few in most articles, most in few), real countries and
 * capitals beside invented towns, several outlets, dates over three years with
 * many articles sharing a day, and now and then a summary, an author, an
 * original URL, another language or a draft. Deterministic: the same count and
 * seed write the same bytes.
 */
import fs from "node:fs";
import path from "node:path";
import { Random } from "../../bench/random.ts";
import { tempDir } from "./fixture.ts";

const SYLLABLES = ["al", "bri", "cas", "dor", "el", "fen", "gar", "hal", "is", "jor", "kel", "lir", "mar", "nel", "or", "per", "ros", "sel", "tam", "vel", "wen", "yor", "zan"];
const PLACES = ["Syria", "Azerbaijan", "Türkiye", "France", "Brazil", "Damascus", "Japan", "Kenya", "Baku", "Turkiye", "Paris", "Port Velmora", "Egypt", "Nairobi", "Greymarsh"];
const SOURCES = ["The Harrowgate Courier", "Velmora Daily", "Northfield Ledger", "The Quillan Post", "Ostwick Times", "Brannock Herald"];
const WORDS = "the minister said talks would continue next week after a meeting in the capital where officials discussed trade energy water roads schools prices budget council agreement delegation report election court border harvest port railway".split(" ");
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAYS = 3 * 365;

/** An index below `n`, small ones far more often (a few names are in most articles). */
function skewed(random: Random, n: number): number {
  return Math.floor(random.next() ** 2.5 * n);
}

/** What was generated. */
export interface GeneratedCorpus {
  contentDir: string;
  /** Article files, absolute paths, in the order they were written. */
  files: string[];
}

/** Writes `count` articles (and a small people registry) into a new temp content folder. */
export function writeCorpus(count: number, seed = 20241230): GeneratedCorpus {
  const random = new Random(seed);
  const contentDir = tempDir("dateline-corpus-");
  const people = inventPeople(random, Math.max(20, Math.round(count / 6)));
  const files: string[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    // About three articles a day for 1,000 articles: many share a date, as in a real archive.
    const day = new Date(FIRST_DAY + random.int(0, Math.min(DAYS, Math.ceil(count / 3))) * 86_400_000).toISOString().slice(0, 10);
    const date = random.next() < 0.1 ? `${day}T${String(random.int(6, 22)).padStart(2, "0")}:15:00+03:00` : day;
    const names = unique(Array.from({ length: random.int(0, 3) }, () => people[skewed(random, people.length)]!));
    const places = unique(Array.from({ length: random.int(1, 3) }, () => PLACES[skewed(random, PLACES.length)]!));
    const title = `${names[0] ?? "Officials"} ${random.pick(["meets", "warns", "signs deal", "visits"])} in ${places[0]}, report ${i + 1}`;
    const lines = ["---", `title: ${JSON.stringify(title)}`, `date: ${date}`, `source: ${JSON.stringify(random.pick(SOURCES))}`];
    if (names.length > 0) lines.push("people:", ...names.map((name) => `  - ${name}`));
    lines.push(`places: [${places.map((place) => JSON.stringify(place)).join(", ")}]`);
    if (random.next() < 0.5) lines.push(`url: https://example.org/news/${i + 1}`);
    if (random.next() < 0.2) lines.push(`summary: ${JSON.stringify(`A short summary of report ${i + 1}.`)}`);
    if (random.next() < 0.3) lines.push(`author: ${random.pick(["Staff reporter", "A. Correspondent", "News desk"])}`);
    if (random.next() < 0.05) lines.push("lang: fr");
    if (random.next() < 0.02) lines.push("draft: true");
    lines.push("---", body(random, names, places));
    let slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 50);
    const folder = `${day.slice(0, 4)}/${day.slice(5, 7)}`;
    while (taken.has(`${folder}/${slug}`)) slug += "-x";
    taken.add(`${folder}/${slug}`);
    const file = path.join(contentDir, "articles", folder, `${slug}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    files.push(file);
  }
  const registry = people.slice(0, 5).map((name) => `- name: ${name}\n  aliases: [${name.split(" ")[1]}]\n  description: An invented person`);
  fs.mkdirSync(path.join(contentDir, "_data"), { recursive: true });
  fs.writeFileSync(path.join(contentDir, "_data", "people.yaml"), `${registry.join("\n")}\n`);
  fs.writeFileSync(path.join(contentDir, "_data", "site.yaml"), "title: Generated Archive\nurl: https://news.example.org\npageSize: 10\n");
  return { contentDir, files };
}

function inventPeople(random: Random, count: number): string[] {
  const names = new Set<string>();
  const word = () => {
    const text = random.pick(SYLLABLES) + random.pick(SYLLABLES) + random.pick(["a", "en", "ik", "ov", "ley"]);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  while (names.size < count) names.add(`${word()} ${word()}`);
  return [...names];
}

function body(random: Random, people: string[], places: string[]): string {
  const sentence = (n: number) => Array.from({ length: n }, () => random.pick(WORDS)).join(" ");
  const paragraphs = Array.from({ length: random.int(3, 6) }, () => {
    const who = people.length > 0 && random.next() < 0.5 ? `${random.pick(people)} said ` : "";
    return `${who}${sentence(random.int(12, 30))} in ${random.pick(places)}. The *${random.pick(WORDS)}* [report](https://example.com/${random.int(1, 999)}) ${sentence(8)}.`;
  });
  paragraphs.splice(1, 0, `## ${random.pick(["Background", "What comes next", "Reactions"])}`);
  return `${paragraphs.join("\n\n")}\n`;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
