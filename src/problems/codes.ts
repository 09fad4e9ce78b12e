/**
 * The catalogue of problems: every kind of content mistake that the build and
 * `npm run check` can report, under a permanent code, with its severity, what
 * it means and what to do for editors, and the hint it gets by default.
 *
 * A code is a promise to tools (`check --json` prints it), so it is never
 * renamed; `Problem.code` is typed as one of these keys, so a typo does not
 * compile. The editors' table of codes is made from this catalogue by
 * `codesTable()`, and a test holds the docs to it.
 */

/** How bad a problem is: errors stop the build, warnings are only reported. */
export type Severity = "error" | "warning";

/** Where a problem is, for the kinds whose severity depends on it: an article, or a file in `_data`. */
export type Place = "article" | "data";

/** One kind of problem as the catalogue documents it. */
export interface ProblemKind {
  /** The severity, or one for articles and one for `_data` when they differ. */
  severity: Severity | Readonly<Record<Place, Severity>>;
  /** What it means, in one line of Markdown for editors. */
  means: string;
  /** What to do about it, in one line of Markdown for editors. */
  todo: string;
  /** The hint a problem of this kind gets when its maker gives none. */
  hint?: string;
}

/** Every problem code, in the order the editors' docs list them. */
export const PROBLEM_CODES = {
  "missing-front-matter": {
    severity: "error",
    means: "the file does not start with a front matter block",
    todo: "start it with `---`, the `title:`, `date:` and `source:` lines, and `---` again",
    hint: "start the file with ---, then title:, date: and source: lines, then --- again",
  },
  "unreadable-front-matter": {
    severity: "error",
    means: "the front matter block cannot be split from the body",
    todo: "make the first line exactly `---`, and close the block with `---` on a line of its own",
    hint: "start the file with a block of 'field: value' lines between two --- lines",
  },
  "yaml-syntax": {
    severity: "error",
    means: "the front matter (or a registry) is not valid YAML: an unclosed quote or list, a colon inside an unquoted value, a tab, a field written twice",
    todo: "fix the line named; the message says which of these it is",
  },
  "missing-field": {
    severity: "error",
    means: "`title`, `date` or `source` is missing (in a registry: an entry without `name`)",
    todo: "add the field",
  },
  "invalid-field": {
    severity: "error",
    means: "a value of the wrong kind: an empty headline, an impossible date, a `url` that is not `http(s)://`, `people` or `places` written as `key: value` pairs instead of a list, `draft` other than `true`/`false`, a bad `lang` tag, a `slug` that is not lowercase ASCII letters, digits and hyphens, an alias that is not a lowercase site path between slashes (a full address, a query, `..`, `//`, `%`), a bad setting in `site.yaml`",
    todo: "write the value as the hint shows",
  },
  "unknown-field": {
    severity: { article: "warning", data: "error" },
    means: "a field Dateline does not know, often a typo (`tittle`)",
    todo: "rename it (the hint suggests the closest field) or delete it",
  },
  "unsupported-language": {
    severity: "warning",
    means: "`site.yaml`'s `language` has no built-in interface strings (Dateline has en, fr, de, es, ru, tr, az and ar), so navigation, headings and labels are shown in English",
    todo: "choose a supported language, or translate every string in `_data/strings.yaml`",
  },
  "unreadable-file": {
    severity: "error",
    means: "a registry or `site.yaml` cannot be read",
    todo: "check the file's permissions",
  },
  "front-matter-not-yaml": {
    severity: "error",
    means: "the front matter opens with a language other than YAML (`---js`, `--- javascript`, `---coffee`); Dateline never runs it",
    todo: "make the first line exactly `---` and write the fields as YAML",
    hint: "make the first line exactly ---, write the fields as YAML (title: …, date: …, source: …) and close the block with ---",
  },
  "yaml-tag": {
    severity: "error",
    means: "a value carries a YAML tag (`date: !!timestamp 2024-12-30`, `!!binary`, `!!set`, `!custom`)",
    todo: "delete the tag and write the value plainly (`date: 2024-12-30`)",
  },
  "invalid-utf8": {
    severity: "error",
    means: "the file is not UTF-8 text (often saved as Latin-1 or Windows-1252); the line and column of the first bad byte are given",
    todo: "save the file again as UTF-8",
    hint: "save the file as UTF-8 (most editors offer it under Save with encoding); a file saved as Latin-1 or Windows-1252 shows this at its first accented letter",
  },
  "control-character": {
    severity: "warning",
    means: "a line holds an invisible control character (e.g. `U+0007`, a form feed, a carriage return on its own, a bidirectional override such as `U+202E`); it is removed from the text",
    todo: "delete it; it often comes from pasting out of a PDF or a word processor",
  },
  noncharacter: {
    severity: "warning",
    means: "a line holds a Unicode noncharacter (`U+FFFE`, `U+FFFF`, `U+FDD0`–`U+FDEF` and the like); it is removed from the text",
    todo: "delete it",
  },
  "ignored-file": {
    severity: "warning",
    means: "a file in the content folder that is not an article, an image beside one or a registry (a `.json`, `.js`, `.njk`, `.html`, `.txt`…): the build never reads it",
    todo: "move it out of the content folder, or make it an article or a registry",
    hint: "articles go under articles/ as .md files; people, places and site settings go in _data/people.yaml, _data/places.yaml and _data/site.yaml; move or delete anything else",
  },
  "symlink-skipped": {
    severity: "warning",
    means: "a symbolic link in the content folder: links are never followed, so the build skips it",
    todo: "put the file itself there instead of a link",
    hint: "put the file itself in the content folder instead of a link to it",
  },
  "image-missing": {
    severity: "error",
    means: "an image path (in the text or in `image:`) names a file that is not there, or is not a file",
    todo: "check the spelling (names are case-sensitive) and that the photo is saved beside the article",
    hint: "paths are relative to the article's folder: a photo saved beside harbour.md is written harbour.jpg",
  },
  "image-remote": {
    severity: "error",
    means: "an image is an `http(s)://` (or another kind of) address instead of a file in the content folder",
    todo: "save the photo beside the article and give its file name",
    hint: "a remote image is a request to another site on every page view (and can change or vanish): save it beside the article and write its file name",
  },
  "image-svg": {
    severity: "error",
    means: "an image is an SVG: SVG can carry script, so articles may not use it",
    todo: "export the picture as PNG (or JPEG for a photo) and use that",
    hint: "SVG files can carry script; export the picture as PNG or JPEG and use that file",
  },
  "image-path-invalid": {
    severity: "error",
    means: "an image path is empty, starts with `/`, has a backslash, a `?` or `#`, or a broken `%`-escape",
    todo: "write the path relative to the article's folder with forward slashes, e.g. `harbour.jpg` or `photos/harbour.jpg`",
    hint: "write the path relative to the article's folder, e.g. harbour.jpg",
  },
  "image-outside-content": {
    severity: "error",
    means: "an image path leads out of the content folder (`../` too many times)",
    todo: "put the photo inside the content folder, beside the article",
    hint: "images must be inside the content folder: save the photo beside the article",
  },
  "image-symlink": {
    severity: "error",
    means: "an image path passes through a symbolic link: links are never followed",
    todo: "put the photo itself there instead of a link",
    hint: "put the photo itself in the content folder instead of a link to it",
  },
  "image-unsupported": {
    severity: "error",
    means: "an image's name does not end in `.jpg`, `.jpeg`, `.png`, `.webp`, `.avif` or `.gif`",
    todo: "convert the picture to JPEG (photos) or PNG (graphics)",
    hint: "convert the picture to JPEG (photos) or PNG (graphics)",
  },
  "image-not-an-image": {
    severity: "error",
    means: "a file named as an image holds something else (an HTML page, SVG markup, an unknown format)",
    todo: "save the photo again as JPEG or PNG; a page saved from a browser is not the photo",
    hint: "open the file in an image viewer; save the photo itself as JPEG or PNG",
  },
  "image-too-large": {
    severity: "error",
    means: "an image file is larger than 40 MB, or has more than 100 million pixels",
    todo: "scale the photo down (3,000 pixels across is plenty) and save it again",
    hint: "scale the photo down (3,000 pixels across is plenty for any page) and save it again",
  },
  "image-unreadable": {
    severity: "error",
    means: "an image could not be decoded: the file is truncated or damaged",
    todo: "save or download the photo again",
    hint: "the file is damaged or cut short: save or download the photo again",
  },
  "image-caption-unused": {
    severity: "warning",
    means: "an image has a caption (`![alt](photo.jpg \"Caption\")`) but shares its paragraph with text or another image, so it is shown inline and the caption is not printed",
    todo: "put the image alone in its paragraph, with an empty line before and after, to make it a figure with its caption",
  },
  "image-missing-alt": {
    severity: "warning",
    means: "an image has no alt text (`![alt text](photo.jpg)`, or `image_alt:` for the lead image): readers who cannot see it learn nothing",
    todo: "describe what the photo shows in a short phrase",
    hint: "describe what the photo shows, e.g. ![Fishing boats in Baku harbour at dawn](harbour.jpg)",
  },
  "registry-not-a-list": {
    severity: "error",
    means: "`people.yaml` or `places.yaml` is not a list of `- name:` entries",
    todo: "write one `- name: …` entry per person or place",
  },
  "place-without-country": {
    severity: "error",
    means: "a `places.yaml` entry is not a country and has no `country:`",
    todo: "add `country: <country name or ISO code>` under it",
  },
  "unknown-country": {
    severity: "error",
    means: "a `country:` in `places.yaml` is not a country Dateline knows",
    todo: "write the country's English name (`Syria`) or ISO code (`SY`)",
    hint: "write the country's English name (Syria) or its ISO 3166 code (SY, SYR)",
  },
  "alias-conflict": {
    severity: "error",
    means: "one name or alias is given to two people, or to two places",
    todo: "remove it from one entry, or merge the two entries",
  },
  "person-wikidata-invalid": {
    severity: "error",
    means: "a `people.yaml` entry's `wikidata:` is not a Wikidata item id (`Q` followed by a number, e.g. `Q12345`): a full address, a name or a property id (`P…`)",
    todo: "write the item's id alone, as Wikidata shows it under the person's name",
    hint: "write the item's id as Wikidata shows it under the person's name, e.g. wikidata: Q12345",
  },
  "person-link-invalid": {
    severity: "error",
    means: "a link in a `people.yaml` entry's `links:` is not a full `http://` or `https://` address (a `javascript:` or `data:` address, a bare `example.org`, spaces, a user name or password), so it is not shown",
    todo: "write the page's full address, starting with `https://`",
    hint: "write the full address of the page, starting with https://",
  },
  "unknown-place": {
    severity: "warning",
    means: "a place is not a country, a capital or in `places.yaml`, so it has no country page",
    todo: "fix the spelling if the hint suggests one; otherwise add it to `places.yaml` with its country",
  },
  "placeholder-body": {
    severity: "warning",
    means: "the article's text is still the placeholder `npm run new` wrote, and would be published as it is",
    todo: "write the article's text in its place, or add `draft: true` until it is written",
    hint: "replace the placeholder paragraph with the article's text, or add draft: true until it is written",
  },
  "probable-duplicate-person": {
    severity: "warning",
    means: "two spellings are probably one person (they differ by a letter or two, or only by `al-`, case or accents)",
    todo: "if they are one person, add the less used spelling as an alias, as the hint shows",
  },
  "markdown-too-deep": {
    severity: "error",
    means: "block quotes and lists in the article's text are nested more than 100 deep (a real article uses a handful), links or images more than 100 deep, or so deep that rendering ran out of stack",
    todo: "remove the extra `>`, list markers or `[`, or put the text in a code block between ```` ``` ```` lines",
    hint: "remove the extra > or list markers (a pasted e-mail thread quoted many times over?), or put the text in a code block between ``` lines",
  },
  "markdown-too-slow": {
    severity: "error",
    means: "the article's text would take too long to render: a paragraph with more than 2,000 `*`, `_`, `` ` ``, `[`, `]` or `<` marks, a list of more than 5,000 items, or text that was still rendering after 10 s (the limit; `DATELINE_RENDER_TIME_LIMIT_MS` changes it)",
    todo: "split the paragraph or the list, or put literal text in a code block",
  },
  "markdown-render-failed": {
    severity: "error",
    means: "rendering the article's text failed (it stopped its render thread, e.g. out of memory)",
    todo: "look for unusual Markdown in the text; report it with the file if it looks ordinary",
  },
  "url-clash": {
    severity: "error",
    means: "two things would have one URL: two articles of one month with the same `slug`, a `slug` that another article gets from its file name, two file names of one month that make the same slug, an alias that is an article's URL, another article's alias, a page, feed or file the site makes (`/search/`, `/feed.xml`, …), or is under a folder where the site makes its own pages (`/people/`, `/pagefind/`, `/img/`, …); the message names both",
    todo: "choose another slug, rename a file, or remove the alias, as the hint says",
  },
  "redirects-over-limit": {
    severity: "warning",
    means: "the site's `_redirects` file would have more than 2,000 rules, and Cloudflare Pages reads only the first 2,000: the old URLs past them are sent on by their redirect pages (a browser redirect) instead of a 301",
    todo: "nothing breaks; to keep every redirect a 301 on Cloudflare, remove aliases nobody links to any more, or publish on a host without the limit",
  },
  "folder-date-mismatch": {
    severity: "warning",
    means: "the article is in a folder `articles/YYYY/MM/` of another month than its `date` (its URL follows the date, not the folder)",
    todo: "move the file to the folder of its date; if it was published under another date, list its old URL under `aliases:`",
  },
} as const satisfies Record<string, ProblemKind>;

/** The name of one kind of problem: a key of the catalogue. */
export type ProblemCode = keyof typeof PROBLEM_CODES;

/** Every code, in catalogue order. */
export const problemCodes = Object.keys(PROBLEM_CODES) as ProblemCode[];

/** The severity of a kind of problem in the docs' words: `error`, or `warning in an article, error in `_data``. */
export function severityText(severity: ProblemKind["severity"]): string {
  return typeof severity === "string" ? severity : `${severity.article} in an article, ${severity.data} in \`_data\``;
}

/** The editors' table of codes in Markdown, made from the catalogue (in its order, or sorted by code). */
export function codesTable(options: { sorted?: boolean } = {}): string {
  const codes = options.sorted ? [...problemCodes].sort() : problemCodes;
  const rows = codes.map((code) => {
    const kind: ProblemKind = PROBLEM_CODES[code];
    return `| \`${code}\` | ${severityText(kind.severity)} | ${kind.means} | ${kind.todo} |`;
  });
  return ["| code | kind | what it means | what to do |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
