/**
 * A content folder with an article that links to videos the way a newsroom
 * files them: a YouTube share link alone on its line (with its `?si=`
 * tracker), a Vimeo link in angle brackets, a titled link with a start time,
 * a link inside a sentence and a look-alike host (both stay links), and a
 * raw `<iframe>` (dropped).
 */
import { writeContent } from "./fixture.ts";

/** The video article's URL in any build. */
export const VIDEO_URL = "/articles/2025/05/ceasefire-talks-video/";

/** A YouTube id and a Vimeo id used by the fixture (invented). */
export const YOUTUBE_ID = "Xk3_vQ9-a1Z";
export const VIMEO_ID = "76979871";

/** The titled link's text: an invented press conference, with Arabic and Cyrillic names. */
export const TITLED = "Press conference: Nadia Al-Rashidi (نادية الراشدي) and Ярослава Климова";

export function videoArticleBody(): string {
  return [
    "Negotiators from both delegations spoke to reporters after the third round of talks in Geneva.",
    "",
    `https://youtu.be/${YOUTUBE_ID}?si=Tr4ck3rT0k3n`,
    "",
    "The full statement, from the point where the ceasefire is discussed:",
    "",
    `[${TITLED}](https://www.youtube.com/watch?v=${YOUTUBE_ID}&t=1m30s&feature=share)`,
    "",
    `<https://vimeo.com/${VIMEO_ID}>`,
    "",
    `An earlier briefing is at https://www.youtube.com/watch?v=${YOUTUBE_ID}, linked in this sentence.`,
    "",
    `https://youtube.com.evil.example/watch?v=${YOUTUBE_ID}`,
    "",
    `<iframe src="https://www.youtube.com/embed/${YOUTUBE_ID}"></iframe>`,
    "",
    "Talks resume next week.",
  ].join("\n");
}

/** Writes the content folder: the video article and one plain article. */
export function writeVideoContent(): string {
  return writeContent(
    [
      {
        path: "2025/05/ceasefire-talks-video.md",
        frontMatter: {
          title: "Ceasefire talks: the negotiators' statements on video",
          date: "2025-05-14",
          source: "Fictional Wire",
          people: ["Nadia Al-Rashidi", "Ярослава Климова"],
          places: ["Switzerland", "Geneva"],
        },
        body: videoArticleBody(),
      },
      {
        path: "2025/05/talks-adjourned.md",
        frontMatter: { title: "Talks adjourned until June", date: "2025-05-15", source: "Fictional Wire", places: ["Geneva"] },
        body: "The talks were adjourned until June, the mediators said.",
      },
    ],
    { "site.yaml": "title: Dateline\ndescription: A test archive.\nlanguage: en\nurl: https://news.example.org/\n" },
  );
}
