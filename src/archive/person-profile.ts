/**
 * A person's profile (issue 15 part 4): what the registry says of them beyond
 * the name, ready to print, and the first and last articles that mention
 * them. Shaped from the one person's entry and articles alone.
 */
import type { ProcessedPhoto } from "../content/article-images.ts";
import type { RegistryPerson } from "../entities/registry.ts";
import { wikidataUrl } from "../entities/person-fields.ts";
import { filingLetter, initialsOf, sortName } from "../entities/sort-key.ts";
import { fallbackFormat, variantsOf } from "../images/photo-markup.ts";
import type { ArticleView, PersonProfile, PortraitView } from "./model.ts";
import { imageUrl } from "./urls.ts";

/** The profile of the person called `name`, from their registry entry (if any) and their articles, newest first. */
export function personProfile(name: string, entry: RegistryPerson | undefined, articles: readonly ArticleView[], language: string): PersonProfile {
  const { family, key } = sortName(name, entry?.sortAs);
  const newest = articles[0];
  const oldest = articles[articles.length - 1];
  const photo = entry?.image?.processed && portraitView(entry.image.processed, name);
  return {
    ...(entry?.role && { role: entry.role }),
    sortKey: key,
    letter: filingLetter(family, language),
    initials: initialsOf(name, family, language),
    ...(photo && { photo }),
    ...(entry?.wikidata && { wikidata: { id: entry.wikidata, url: wikidataUrl(entry.wikidata) } }),
    links: entry?.links ?? [],
    ...(oldest && { firstMention: oldest }),
    ...(newest && { lastMention: newest }),
  };
}

/** The narrowest files of a processed photo: the profile shows it at a few rem, which the narrowest width covers at 2x. */
export function portraitView(photo: ProcessedPhoto, alt: string): PortraitView | undefined {
  const format = fallbackFormat(photo);
  const img = variantsOf(photo, format)[0];
  if (!img) return undefined;
  const webp = variantsOf(photo, "webp")[0];
  return { alt, src: imageUrl(img.name), type: `image/${format}`, ...(webp && { webp: imageUrl(webp.name) }), width: img.width, height: img.height };
}

/** The names of the files a portrait prints, for copying into the site: only these of a person's photo are published. */
export function portraitFiles(photo: ProcessedPhoto): string[] {
  const names = [variantsOf(photo, fallbackFormat(photo))[0]?.name, variantsOf(photo, "webp")[0]?.name];
  return names.filter((name): name is string => name !== undefined);
}
