/**
 * The synthetic benchmark corpus: N articles with front matter and ~4 KB
 * bodies, Zipf-distributed people (~1,500), places (~50) and sources, dates
 * over ten years. Deterministic: the same N and seed write the same bytes.
 */
import fs from "node:fs";
import path from "node:path";
import { articleBody } from "./article-body.ts";
import { inventPeople, PLACES, SOURCES } from "./names.ts";
import { Random, Zipf } from "./random.ts";

/** What to generate. */
export interface CorpusOptions {
  articles: number;
  /** Distinct people in the whole corpus. */
  people?: number;
  seed?: number;
  /** One photo per article (`--images`): a lead `image:` beside each file, listed in `Corpus.photos` for bench/photos.ts to write. */
  images?: boolean;
}

/** Where a generated corpus was written. */
export interface Corpus {
  /** A Dateline content folder: `articles/YYYY/MM/*.md` and `_data/`. */
  contentDir: string;
  /** The same article files, alone, for stock Eleventy. */
  stockDir: string;
  articleCount: number;
  /** Total bytes of the article files. */
  bytes: number;
  /** With `images`: the photo files the articles name, not yet written. */
  photos: string[];
}

const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3653; // 2015-01-01 to 2024-12-31
const TITLE_VERBS = ["agree on", "discuss", "reject", "sign deal on", "meet over", "warn of", "announce", "debate"];
const TITLE_TOPICS = ["trade", "energy prices", "border crossings", "water rights", "rail link", "school reform", "harvest", "port expansion", "election rules", "flood defences"];

/** Writes the corpus under `dir` (which must be empty or missing). */
export function writeCorpus(dir: string, options: CorpusOptions): Corpus {
  const seed = options.seed ?? 20241230;
  const random = new Random(seed);
  const people = inventPeople(options.people ?? 1500, seed + 1);
  const personZipf = new Zipf(people.length, 1);
  const placeZipf = new Zipf(PLACES.length, 0.9);
  const sourceZipf = new Zipf(SOURCES.length, 1.1);
  const contentDir = path.join(dir, "content");
  const stockDir = path.join(dir, "stock");
  const slugsByFolder = new Map<string, Set<string>>();
  let bytes = 0;
  const photos: string[] = [];

  for (let i = 0; i < options.articles; i++) {
    const day = new Date(FIRST_DAY + random.int(0, DAYS - 1) * 86_400_000);
    const ymd = day.toISOString().slice(0, 10);
    const date = random.chance(0.1) ? `${ymd}T${String(random.int(6, 22)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:00+03:00` : ymd;
    const names = personZipf.sampleDistinct(random, random.int(0, 4)).map((k) => people[k]!);
    const places = placeZipf.sampleDistinct(random, random.int(1, 3)).map((k) => PLACES[k]!);
    const source = SOURCES[sourceZipf.sample(random)]!;
    const title = `${names[0] ? `${names[0]} and officials` : "Officials"} ${random.pick(TITLE_VERBS)} ${random.pick(TITLE_TOPICS)} in ${places[0]}`;
    const body = articleBody(random, { people: names, places, targetLength: random.int(3200, 4800) });
    const lines = ["---", `title: ${JSON.stringify(title)}`, `date: ${date}`, `source: ${JSON.stringify(source)}`];
    if (names.length > 0) lines.push("people:", ...names.map((name) => `  - ${name}`));
    lines.push(`places: [${places.map((p) => JSON.stringify(p)).join(", ")}]`);
    if (random.chance(0.6)) lines.push(`url: https://example.org/news/${ymd.replaceAll("-", "/")}/${i}`);
    if (random.chance(0.2)) lines.push(`summary: ${JSON.stringify(`A short summary of article ${i + 1}.`)}`);
    const folder = `${ymd.slice(0, 4)}/${ymd.slice(5, 7)}`;
    const taken = slugsByFolder.get(folder) ?? new Set<string>();
    slugsByFolder.set(folder, taken);
    const base = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").slice(0, 60).replace(/^-+|-+$/g, "");
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    if (options.images) {
      lines.push(`image: ${slug}.jpg`, `image_alt: ${JSON.stringify(`Officials in ${places[0]}`)}`, `image_credit: ${JSON.stringify(source)}`);
      photos.push(path.join(contentDir, "articles", folder, `${slug}.jpg`));
    }
    lines.push("---", "");
    const text = `${lines.join("\n")}${body}`;
    for (const root of [contentDir, stockDir]) {
      const file = path.join(root, "articles", folder, `${slug}.md`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    bytes += Buffer.byteLength(text);
  }

  writeRegistry(contentDir, people);
  return { contentDir, stockDir, articleCount: options.articles, bytes, photos };
}

/** A small registry: the most mentioned people get a description and a variant spelling (which becomes a redirect). */
function writeRegistry(contentDir: string, people: string[]): void {
  const entries = people.slice(0, 40).map((name) => {
    const [first, ...rest] = name.split(" ");
    return `- name: ${name}\n  aliases: [${first!.charAt(0)}. ${rest.join(" ")}]\n  description: An invented person of the benchmark corpus`;
  });
  const dataDir = path.join(contentDir, "_data");
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, "people.yaml"), `${entries.join("\n")}\n`);
  fs.writeFileSync(path.join(dataDir, "site.yaml"), "title: Bench Archive\ndescription: A synthetic archive for measuring build time.\n");
}
