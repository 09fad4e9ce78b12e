import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  askForMissing,
  fieldProblem,
  localToday,
  missingFields,
  NewUsageError,
  parseNewArgs,
  splitNames,
} from "../../src/editor/new-article-input.ts";

describe("parseNewArgs", () => {
  it("should read every field flag and the content folder", () => {
    const args = parseNewArgs(["--title=T", "--date=2025-06-03", "--source=S", "--people=A, B", "--places=", "--url=https://x.org/", "--summary=Sum", "--input=/c"]);
    assert.deepEqual(args, {
      input: "/c",
      given: { title: "T", date: "2025-06-03", source: "S", people: "A, B", places: "", url: "https://x.org/", summary: "Sum" },
      help: false,
    });
  });

  it("should default the content folder to content", () => {
    assert.equal(parseNewArgs([]).input, "content");
  });

  it("should refuse unknown flags and stray arguments", () => {
    assert.throws(() => parseNewArgs(["--titel=T"]), NewUsageError);
    assert.throws(() => parseNewArgs(["T"]), NewUsageError);
  });
});

describe("missingFields", () => {
  it("should ask for title, source, people and places but take an empty list as given", () => {
    assert.deepEqual(missingFields({ title: "T" }), ["source", "people", "places"]);
    assert.deepEqual(missingFields({ title: "T", source: "S", people: "", places: "" }), []);
  });
});

describe("splitNames", () => {
  it("should split on commas, tidy spaces and drop empty entries", () => {
    assert.deepEqual(splitNames(" Ilham  Aliyev, ,Yalchin Rafiyev ,"), ["Ilham Aliyev", "Yalchin Rafiyev"]);
    assert.deepEqual(splitNames(""), []);
  });
});

describe("fieldProblem", () => {
  it("should check each field with the build's schema", () => {
    assert.equal(fieldProblem("title", "A headline"), undefined);
    assert.equal(fieldProblem("date", "2025-06-03"), undefined);
    assert.equal(fieldProblem("people", "A, B"), undefined);
    assert.match(fieldProblem("title", "  ")!.message, /empty/);
    assert.match(fieldProblem("date", "2025-02-30")!.message, /not a real calendar day/);
    assert.match(fieldProblem("url", "javascript:alert(1)")!.message, /http/);
    assert.match(fieldProblem("date", "tomorrow")!.hint, /YYYY-MM-DD/);
  });
});

describe("localToday", () => {
  it("should give the local calendar day", () => {
    assert.equal(localToday(new Date(2025, 0, 5, 23, 59)), "2025-01-05");
    assert.equal(localToday(new Date(2025, 11, 31, 0, 0)), "2025-12-31");
  });
});

describe("askForMissing", () => {
  it("should ask for each missing field in order and ask again after an invalid answer", async () => {
    const answers = ["", "AzerNews", "Ilham Aliyev, Yalchin Rafiyev", ""];
    const questions: string[] = [];
    const told: string[] = [];
    const result = await askForMissing(
      { title: "T" },
      async (question) => {
        questions.push(question);
        return answers.shift()!;
      },
      (line) => told.push(line),
    );
    assert.deepEqual(result, { title: "T", source: "AzerNews", people: "Ilham Aliyev, Yalchin Rafiyev", places: "" });
    assert.equal(questions.length, 4);
    assert.match(questions[0]!, /^Source/);
    assert.match(questions[1]!, /^Source/);
    assert.match(questions[2]!, /^People/);
    assert.deepEqual(told.length, 1);
    assert.match(told[0]!, /source must not be empty/);
  });
});
