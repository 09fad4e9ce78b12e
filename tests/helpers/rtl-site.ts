/**
 * Fixture sites for right-to-left text: an English site with an article in
 * Arabic among English ones, and an Arabic site (`language: ar`) with one
 * article in English. Invented articles about real places, with names written
 * as Arabic-language newsrooms write them.
 */
import { buildSite, type BuildResult } from "./build-site.ts";
import { writeContent, type FixtureArticle } from "./fixture.ts";

/** The Arabic article's URL in either site. */
export const ARABIC_URL = "/articles/2025/02/mubahathat-dimashq/";
/** The English article's URL in either site. */
export const ENGLISH_URL = "/articles/2025/02/talks-in-damascus/";

const ARABIC_BODY = [
  "اجتمع وزير الخارجية أسعد الشيباني مع وفد أذربيجاني في دمشق لبحث إعادة فتح الطريق التجاري بين البلدين.",
  "",
  "> قال الوزير إن المحادثات كانت «بنّاءة» وإن الجولة الثانية ستُعقد في باكو خلال شهر آذار.",
  "",
  "| البند | القيمة |",
  "| --- | ---: |",
  "| طول الممر بالكيلومترات | 1240 |",
  "| عدد الاتفاقيات | 3 |",
  "",
  "- إعادة فتح المعبر الحدودي",
  "- تبادل الوفود التجارية",
  "",
  "## الخطوات التالية",
  "",
  "نشرت وكالة سانا نص البيان الختامي، ويُتوقع توقيع مذكرة تفاهم في COP29 المقبل.",
].join("\n");

function articles(): FixtureArticle[] {
  return [
    {
      path: "2025/02/mubahathat-dimashq.md",
      frontMatter: {
        title: "محادثات في دمشق حول إعادة فتح الطريق التجاري مع أذربيجان",
        date: "2025-02-14",
        source: "وكالة سانا",
        lang: "ar",
        people: ["أسعد الشيباني", "Yalchin Rafiyev"],
        places: ["Syria", "Damascus", "Azerbaijan"],
        summary: "وفد أذربيجاني يزور دمشق في أول جولة محادثات تجارية منذ سنوات.",
        corrections: [{ date: "2025-02-15", text: "صُحّح لقب الوزير في الفقرة الأولى." }],
      },
      body: ARABIC_BODY,
    },
    {
      path: "2025/02/talks-in-damascus.md",
      frontMatter: {
        title: "Talks in Damascus on reopening the trade route to Azerbaijan",
        date: "2025-02-13",
        source: "The Invented Courier",
        lang: "en",
        people: ["Asaad al-Shaibani", "Yalchin Rafiyev"],
        places: ["Syria", "Damascus"],
        summary: "An Azerbaijani delegation visits Damascus for the first trade talks in years.",
      },
      body: "Foreign minister Asaad al-Shaibani met an Azerbaijani delegation in Damascus.\n\n> The minister called the talks constructive.",
    },
    {
      path: "2025/01/baku-forum.md",
      frontMatter: {
        title: "Baku forum on regional transport opens",
        date: "2025-01-20",
        source: "The Invented Courier",
        people: ["Yalchin Rafiyev"],
        places: ["Azerbaijan", "Baku"],
      },
      body: "Delegates from twelve countries met in Baku.",
    },
    {
      path: "2025/03/hebrew-brief.md",
      frontMatter: {
        title: "שיחות סחר בדמשק",
        date: "2025-03-02",
        source: "Fictional Wire",
        lang: "he",
        people: ["Yalchin Rafiyev"],
        places: ["Syria"],
      },
      body: "משלחת מאזרבייג'ן ביקרה בדמשק.",
    },
  ];
}

/** Builds the fixture with `site.yaml` `language` set to `language`; throws with the build's output when it fails. */
export function buildRtlSite(language: "en" | "ar"): BuildResult & { content: string } {
  const title = language === "ar" ? "أرشيف الأخبار" : "Dateline";
  const content = writeContent(articles(), {
    "site.yaml": `title: ${JSON.stringify(title)}\ndescription: A test archive.\nurl: https://news.example.org\nlanguage: ${language}\npageSize: 3\n`,
  });
  const result = buildSite(content);
  if (result.status !== 0) throw new Error(`fixture build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { ...result, content };
}
