/**
 * A newsroom-sized archive for the reader tests: 2,000 articles over four
 * years, 1,500 registered people (Latin, Arabic and Cyrillic names, a few in
 * most articles and most in few), some forty countries weighted toward the
 * Middle East and the Caucasus (Lebanon, Qatar and Bahrain among the busiest,
 * as in the archive the readers issue was measured on), eight outlets, and a
 * lead photo on one article in ten. Deterministic: the same options write the
 * same bytes.
 */
import fs from "node:fs";
import path from "node:path";
import { Random } from "../../bench/random.ts";
import { buildSite, type BuildResult } from "./build-site.ts";
import { tempDir } from "./fixture.ts";
import { writePhoto } from "./photos.ts";

/** Countries in the order of how often they are mentioned (the first far more than the last). */
export const NEWSROOM_COUNTRIES = [
  "Syria", "Türkiye", "Azerbaijan", "Lebanon", "Iraq", "Iran", "Israel", "Qatar", "Jordan", "Egypt",
  "Saudi Arabia", "Bahrain", "United Arab Emirates", "Kuwait", "Georgia", "Armenia", "Russia", "Ukraine",
  "France", "Germany", "United States", "United Kingdom", "Cyprus", "Greece", "Oman", "Yemen", "Libya",
  "Tunisia", "Kazakhstan", "China", "India", "Pakistan", "Afghanistan", "Malta", "Singapore", "Belgium",
  "Switzerland", "Brazil", "Kenya", "Japan",
];

const CITIES: Record<string, string> = { Syria: "Damascus", Lebanon: "Beirut", Azerbaijan: "Baku", "Türkiye": "Ankara", Qatar: "Doha" };

const SOURCES = [
  "The Levant Courier", "Caspian Daily", "Gulf Ledger", "The Anatolia Post",
  "Beirut Evening Wire", "Новости Каспия", "الرصد اليومي", "Northfield Times",
];

const FIRST = ["Rami", "Leyla", "Omar", "Nadia", "Karim", "Elif", "Tural", "Samira", "Yusuf", "Dana", "Farid", "Mariam", "Anar", "Hana", "Ziad", "Sofia", "Murad", "Rana", "Emin", "Lina"];
const LAST = ["Haddad", "Aliyeva", "Khalil", "Demir", "Mammadov", "Saleh", "Yilmaz", "Nasser", "Huseynov", "Rahman", "Karimi", "Aziz", "Sabbagh", "Guliyev", "Hamdan", "Özkan", "Qasimov", "Tamimi", "Rustamli", "Farah"];
const ARABIC_FIRST = ["سامي", "ليلى", "عمر", "نادية", "كريم", "هالة", "زياد", "رنا"];
const ARABIC_LAST = ["الحداد", "الخليل", "النصر", "الصالح", "التميمي", "الفرح", "حمدان", "الصباغ"];
const CYRILLIC_FIRST = ["Алексей", "Мария", "Ильхам", "Нина", "Руслан", "Ольга", "Тимур", "Анна"];
const CYRILLIC_LAST = ["Петров", "Иванова", "Алиев", "Соколова", "Гасанов", "Морозова", "Керимов", "Волкова"];
const ROLES = ["Foreign Minister", "Member of parliament", "Mayor", "Spokesperson for the ministry", "Central bank governor", "Opposition leader", "Ambassador", "Trade envoy"];
const WORDS = "the minister said talks would continue next week after a meeting in the capital where officials discussed trade energy water roads schools prices budget council agreement delegation report election court border harvest port railway".split(" ");

/** A content folder ready to build, and what is in it. */
export interface NewsroomArchive {
  contentDir: string;
  /** Canonical names of the registered people, in registry order. */
  people: string[];
  /** Article count per country name, for the busiest-first checks. */
  countryCounts: Map<string, number>;
}

/** An index below `n`, small ones far more often. */
function skewed(random: Random, n: number, power = 2.2): number {
  return Math.floor(random.next() ** power * n);
}

/** 1,500 distinct people: most with Latin names, one in ten Arabic, one in ten Cyrillic. */
function inventPeople(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const kind = names.size % 10;
    const name = kind === 3
      ? `${random.pick(ARABIC_FIRST)} ${random.pick(ARABIC_LAST)} ${random.pick(ARABIC_LAST)}`
      : kind === 7
        ? `${random.pick(CYRILLIC_FIRST)} ${random.pick(CYRILLIC_LAST)} ${random.pick(CYRILLIC_FIRST)}ович`
        : `${random.pick(FIRST)} ${random.pick(FIRST).charAt(0)}. ${random.pick(LAST)}-${random.pick(LAST)}`;
    names.add(name);
  }
  return [...names];
}

function body(random: Random, people: string[], places: string[]): string {
  const sentence = (n: number) => Array.from({ length: n }, () => random.pick(WORDS)).join(" ");
  const paragraphs = Array.from({ length: random.int(3, 6) }, () => {
    const who = people.length > 0 && random.next() < 0.5 ? `${random.pick(people)} said ` : "";
    return `${who}${sentence(random.int(12, 30))} in ${random.pick(places)}.`;
  });
  paragraphs.splice(1, 0, `## ${random.pick(["Background", "What comes next", "Reactions"])}`);
  if (random.next() < 0.1) paragraphs.push("| Item | Value |\n| --- | --- |\n| Budget | 1,240 |");
  return `${paragraphs.join("\n\n")}\n`;
}

/**
 * Writes the archive into a new temp content folder. Every person in the
 * registry appears in at least one article, so the people index has 1,500
 * entries; a few appear in hundreds.
 */
export async function writeNewsroomArchive(options: { articles?: number; people?: number; seed?: number } = {}): Promise<NewsroomArchive> {
  const count = options.articles ?? 2000;
  const random = new Random(options.seed ?? 20261128);
  const contentDir = tempDir("dateline-newsroom-");
  const people = inventPeople(random, options.people ?? 1500);
  const countryCounts = new Map<string, number>();
  const photos = await Promise.all(
    [1, 2, 3, 4, 5, 6].map((seed) => writePhoto(path.join(contentDir, "articles", "photos", `photo-${seed}.jpg`), 1200, 800, seed)),
  );
  const taken = new Set<string>();
  const firstDay = Date.UTC(2022, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(firstDay + random.int(0, 4 * 365 - 1) * 86_400_000).toISOString().slice(0, 10);
    // Walk the registry so everyone is mentioned once, then skew toward the few.
    const named = [people[i % people.length]!, ...Array.from({ length: random.int(0, 3) }, () => people[skewed(random, people.length, 3)]!)];
    const names = [...new Set(i < people.length ? named : named.slice(1))];
    const countries = [...new Set(Array.from({ length: random.int(1, 3) }, () => NEWSROOM_COUNTRIES[skewed(random, NEWSROOM_COUNTRIES.length)]!))];
    for (const country of countries) countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
    const city = CITIES[countries[0]!];
    const places = city && random.next() < 0.3 ? [...countries, city] : countries;
    const title = `${names[0] ?? "Officials"} ${random.pick(["meets envoys", "warns of delays", "signs a deal", "visits"])} in ${countries[0]}, report ${i + 1}`;
    const folder = `${day.slice(0, 4)}/${day.slice(5, 7)}`;
    const lines = ["---", `title: ${JSON.stringify(title)}`, `date: ${day}`, `source: ${JSON.stringify(SOURCES[skewed(random, SOURCES.length, 1.6)])}`];
    if (names.length > 0) lines.push("people:", ...names.map((name) => `  - ${JSON.stringify(name)}`));
    lines.push(`places: [${places.map((place) => JSON.stringify(place)).join(", ")}]`);
    if (random.next() < 0.4) lines.push(`summary: ${JSON.stringify(`What report ${i + 1} said about ${countries.join(" and ")}, in a sentence or two for the list.`)}`);
    if (i % 10 === 0) {
      const photo = path.relative(path.join(contentDir, "articles", folder), photos[i % photos.length]!).split(path.sep).join("/");
      lines.push(`image: ${photo}`, `image_alt: ${JSON.stringify(`Delegates at a table in ${countries[0]}`)}`);
    }
    lines.push("---", body(random, names, places));
    let slug = `report-${i + 1}-${countries[0]!.toLowerCase().replace(/[^a-z]+/g, "-")}`;
    while (taken.has(`${folder}/${slug}`)) slug += "-x";
    taken.add(`${folder}/${slug}`);
    const file = path.join(contentDir, "articles", folder, `${slug}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
  }
  const registry = people.map((name, i) => {
    const entry = [`- name: ${JSON.stringify(name)}`];
    if (i % 4 === 0) entry.push(`  description: ${JSON.stringify(`${ROLES[i % ROLES.length]}, invented for the newsroom fixture`)}`);
    return entry.join("\n");
  });
  fs.mkdirSync(path.join(contentDir, "_data"), { recursive: true });
  fs.writeFileSync(path.join(contentDir, "_data", "people.yaml"), `${registry.join("\n")}\n`);
  fs.writeFileSync(
    path.join(contentDir, "_data", "site.yaml"),
    "title: Newsroom Archive\ndescription: Four years of invented regional news.\nurl: https://archive.example.org\nlanguage: en\npageSize: 20\n",
  );
  return { contentDir, people, countryCounts };
}

/** Writes the newsroom archive and builds it with the real build command; throws with the build's output when it fails. */
export async function buildNewsroomArchive(options: { articles?: number; people?: number } = {}): Promise<NewsroomArchive & BuildResult> {
  const archive = await writeNewsroomArchive(options);
  const result = buildSite(archive.contentDir, { args: ["--now=2026-01-01T00:00:00Z"] });
  if (result.status !== 0) throw new Error(`the newsroom archive did not build:\n${result.stdout}\n${result.stderr}`);
  return { ...archive, ...result };
}
