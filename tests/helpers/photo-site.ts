/**
 * A content folder of articles with photos, as a newsroom files them: a
 * plain article with its photos beside it and a lead photo, a bundle folder
 * with two photos (one in a subfolder) and a stray note, and a scheduled
 * article whose photo must not be published before it is.
 */
import fs from "node:fs";
import path from "node:path";
import { writeContent } from "./fixture.ts";
import { writePhoto } from "./photos.ts";

export const PORT_URL = "/articles/2025/03/baku-port-expands/";
export const BUNDLE_URL = "/articles/2025/03/harbour-at-dawn/";
/** What the build is told "now" is: the scheduled article is after it. */
export const PHOTO_SITE_NOW = "2025-06-01T00:00:00Z";

/** Writes the photo site's content folder; returns it and the scheduled article's photo. */
export async function writePhotoSite(): Promise<{ input: string; futurePhoto: string }> {
  const input = writeContent(
    [
      {
        path: "2025/03/baku-port-expands.md",
        frontMatter: {
          title: "Baku port opens its new container terminal",
          date: "2025-03-14",
          source: "Fictional Wire",
          people: ["Азер Мамедов"],
          image: "port.jpg",
          image_alt: "Cranes over the new terminal at Alat at dusk",
          image_caption: "The terminal's first ship was unloaded on Friday.",
          image_credit: "Leyla Məmmədova / Fictional Wire",
        },
        body: [
          "The terminal opened on Friday. ![A crane lifting a container](port.jpg) Work began in 2023.",
          "",
          '![A chart of containers handled per month](charts/containers.png "Containers handled per month, 2024. Chart: Fictional Wire")',
          "",
          "Азер Мамедов, the port's director, said more ships would follow.",
        ].join("\n"),
      },
      {
        path: "2025/03/harbour-at-dawn/index.md",
        frontMatter: { title: "The harbour at dawn", date: "2025-03-20", source: "Fictional Wire", lang: "en" },
        body: ['![Fishing boats leaving the harbour](boats.jpg "Boats leave before sunrise. Photo: سارة الحسن / Fictional Wire")', "", "Nets are mended on the quay.", "", "![Nets drying on the quay](photos/nets.webp)"].join("\n"),
      },
      {
        path: "2031/01/port-phase-two.md",
        frontMatter: { title: "Port phase two opens", date: "2031-01-10", source: "Fictional Wire", image: "phase-two.jpg", image_alt: "Phase two" },
        body: "Embargoed until January 2031.",
      },
    ],
    { "site.yaml": "title: Dateline\ndescription: A test archive.\nlanguage: en\nurl: https://news.example.org/\n" },
  );
  const month = path.join(input, "articles/2025/03");
  await writePhoto(path.join(month, "port.jpg"), 1600, 1067, 1);
  await writePhoto(path.join(month, "charts/containers.png"), 900, 500, 2);
  await writePhoto(path.join(month, "harbour-at-dawn/boats.jpg"), 2000, 1333, 3);
  await writePhoto(path.join(month, "harbour-at-dawn/photos/nets.webp"), 600, 400, 4);
  fs.writeFileSync(path.join(month, "harbour-at-dawn/notes.md"), "Caption ideas, not an article.\n");
  const futurePhoto = await writePhoto(path.join(input, "articles/2031/01/phase-two.jpg"), 1200, 800, 5);
  return { input, futurePhoto };
}
