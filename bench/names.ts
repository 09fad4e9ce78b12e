/**
 * The benchmark's cast: plainly invented people and outlets (syllables put
 * together, so no real person is named), and places that mix real country
 * names and capitals (which resolve to countries) with invented towns (which
 * do not), as a real archive does.
 */
import { Random } from "./random.ts";

const FIRST_START = ["Al", "Bri", "Cas", "Dor", "El", "Fen", "Gar", "Hal", "Is", "Jor", "Kel", "Lir", "Mar", "Nel", "Or", "Per", "Quin", "Ros", "Sel", "Tam", "Ul", "Vel", "Wen", "Yor", "Zan"];
const FIRST_END = ["a", "an", "ek", "ella", "en", "ia", "ik", "in", "ina", "is", "o", "on", "or", "ra", "wyn"];
const LAST_START = ["Ab", "Bel", "Cor", "Dun", "Ev", "Fal", "Grim", "Hol", "Ist", "Jas", "Kov", "Lund", "Mor", "Nov", "Ost", "Pell", "Quar", "Riv", "Stra", "Tor", "Ulv", "Vask", "Wyr", "Yar", "Zel"];
const LAST_MIDDLE = ["", "a", "e", "i", "o", "en", "ar"];
const LAST_END = ["berg", "dane", "ford", "ic", "ikov", "ley", "mont", "ova", "ridge", "sen", "stad", "ton", "vik", "wick", "zar"];

/** `count` distinct invented full names, the same for the same seed. */
export function inventPeople(count: number, seed: number): string[] {
  const random = new Random(seed);
  const names = new Set<string>();
  while (names.size < count) {
    const first = random.pick(FIRST_START) + random.pick(FIRST_END);
    const last = random.pick(LAST_START) + random.pick(LAST_MIDDLE) + random.pick(LAST_END);
    names.add(`${first} ${last}`);
  }
  return [...names];
}

/** Invented outlets; the first ones get most of the articles. */
export const SOURCES = [
  "The Harrowgate Courier", "Velmora Daily", "Northfield Ledger", "The Quillan Post", "Ostwick Times",
  "Brannock Herald", "The Calder Observer", "Dunmere News", "Eastvale Gazette", "The Fenwick Record",
  "Glenmoor Dispatch", "The Hollins Chronicle", "Ironbridge Wire", "Kestrel Press Agency", "Larkspur Review",
  "Marlow Evening Star", "The Nettlefield Sentinel", "Orrin Valley Tribune", "Pellham Bulletin", "Ravensholt Journal",
];

/**
 * About fifty places, in the order of how often articles mention them: real
 * country names (with one variant spelling), real capitals, and invented
 * towns that no country table knows.
 */
export const PLACES = [
  "Syria", "Azerbaijan", "Türkiye", "France", "Brazil", "Damascus", "Japan", "Kenya", "Germany", "Baku",
  "Port Velmora", "India", "Turkiye", "Canada", "Paris", "Egypt", "Nairobi", "Mexico", "Quillan Heights", "Norway",
  "Ankara", "Argentina", "Tokyo", "Ostwick", "Indonesia", "Cairo", "Poland", "Brasília", "Greymarsh", "Peru",
  "Ottawa", "Vietnam", "Lake Dunmere", "Ghana", "Berlin", "Chile", "Saltreach", "Morocco", "Lima", "Fenwick Bay",
  "New Zealand", "Warsaw", "Thornbury", "Accra", "Uruguay", "Highcairn", "Hanoi", "Rabat", "Westmarch", "Oslo",
];
