/**
 * The people index's orders (issue 15 part 4): everyone by family name, as
 * the site's language sorts it (`Intl.Collator`), grouped under the letter
 * each is filed under, and the most mentioned people first.
 */
import { collatorFor } from "../entities/sort-key.ts";
import { compareText } from "../util/collections.ts";
import type { LetterGroup, PersonView } from "./model.ts";

/** How many people the index's "Most mentioned" lists. */
export const MOST_MENTIONED = 10;

/** People by family name (their profile's sort key), then by name and URL, so the order never depends on input order. */
export function byFamilyName(people: readonly PersonView[], language: string): PersonView[] {
  const collator = collatorFor(language);
  return [...people].sort(
    (a, b) => collator.compare(a.profile.sortKey, b.profile.sortKey) || collator.compare(a.name, b.name) || compareText(a.url, b.url),
  );
}

/**
 * People already in family-name order, under their filing letters in that
 * order; letters the collator counts as one ("O" and "Ö" in English) share a
 * group, and `#` (no letter) comes last.
 */
export function peopleByFilingLetter(sorted: readonly PersonView[], language: string): LetterGroup<PersonView>[] {
  const collator = collatorFor(language);
  const groups: LetterGroup<PersonView>[] = [];
  const other: PersonView[] = [];
  for (const person of sorted) {
    const letter = person.profile.letter;
    if (letter === "#") {
      other.push(person);
      continue;
    }
    // The people come sorted with this collator, so a letter equal to an earlier one
    // (by the collator) is the last group's: comparing with it alone keeps this linear
    // however many letters there are (CJK names file under thousands).
    const last = groups.at(-1);
    const found = last && (last.letter === letter || collator.compare(last.letter, letter) === 0) ? last : undefined;
    if (found) found.items.push(person);
    else groups.push({ letter, id: letterId(letter), items: [person] });
  }
  if (other.length > 0) groups.push({ letter: "#", id: "other", items: other });
  return groups;
}

/** The `MOST_MENTIONED` people with the most articles, most first, then in index order. */
export function mostMentioned(sorted: readonly PersonView[], count = MOST_MENTIONED): PersonView[] {
  return sorted
    .map((person, index) => ({ person, index }))
    .sort((a, b) => b.person.count - a.person.count || a.index - b.index)
    .slice(0, count)
    .map(({ person }) => person);
}

/** An ASCII fragment id for a letter: `a` for A, `u0416` for Ж. */
function letterId(letter: string): string {
  if (/^[A-Z]$/.test(letter)) return letter.toLowerCase();
  return [...letter].map((char) => `u${char.codePointAt(0)!.toString(16).padStart(4, "0")}`).join("");
}
