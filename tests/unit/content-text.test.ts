import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { cleanText, decodeUtf8, firstInvalidUtf8, readContentText } from "../../src/content/content-text.ts";
import { tempDir } from "../helpers/fixture.ts";

const FILE = "/content/articles/2024/12/a.md";

function place(bytes: Buffer) {
  const result = decodeUtf8(FILE, bytes);
  assert.equal(result.text, undefined);
  const [problem, ...rest] = result.problems;
  assert.equal(rest.length, 0);
  assert.equal(problem?.code, "invalid-utf8");
  assert.equal(problem?.severity, "error");
  return [problem!.line, problem!.column];
}

describe("decodeUtf8", () => {
  it("should decode UTF-8 and drop a leading BOM", () => {
    assert.deepEqual(decodeUtf8(FILE, Buffer.from("\uFEFF---\ntitle: Türkiye €\n", "utf8")), { text: "---\ntitle: Türkiye €\n", problems: [] });
  });

  it("should report the first bad byte's line and column, counting characters before it", () => {
    // A Latin-1 é in "Café" on line 2.
    assert.deepEqual(place(Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n")])), [2, 11]);
    // Multi-byte characters before it count once each; a BOM is not a column.
    assert.deepEqual(place(Buffer.concat([Buffer.from("\uFEFFé\n€x"), Buffer.from([0xff])])), [2, 3]);
    assert.deepEqual(place(Buffer.from([0xc0, 0xaf])), [1, 1]); // overlong "/"
    assert.deepEqual(place(Buffer.concat([Buffer.from("ab"), Buffer.from([0xed, 0xa0, 0x80])])), [1, 3]); // a UTF-8 surrogate
    assert.deepEqual(place(Buffer.concat([Buffer.from("a\nb\nab"), Buffer.from([0xe2, 0x82])])), [3, 3]); // cut off at the end
    assert.match(decodeUtf8(FILE, Buffer.from([0x41, 0xe9])).problems[0]!.message, /0xE9 at column 2/);
  });
});

describe("firstInvalidUtf8", () => {
  it("should agree with the strict decoder on random bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) & 0xff;
    for (let run = 0; run < 3000; run++) {
      // Mostly valid text with a few random bytes, so both answers occur.
      const bytes = Buffer.concat([Buffer.from("aé€😀".repeat(run % 3)), Buffer.from(Array.from({ length: run % 7 }, random))]);
      let valid = true;
      try {
        strict.decode(bytes);
      } catch {
        valid = false;
      }
      const offset = firstInvalidUtf8(bytes);
      assert.equal(offset === bytes.length, valid, `bytes ${bytes.toString("hex")}`);
      if (!valid) strict.decode(bytes.subarray(0, offset)); // everything before it is valid
    }
  });
});

describe("cleanText", () => {
  it("should leave ordinary text, tabs and CRLF alone", () => {
    const text = "---\r\ntitle: Türkiye\t😀\r\n---\n\u00A0body\uFEFF\n";
    assert.deepEqual(cleanText(FILE, text), { text, problems: [] });
  });

  it("should remove control characters and noncharacters, one warning per line with its first column", () => {
    const text = "---\ntitle: A\u0007B\u001B\nx\ry\n\uFFFEz\uFDD0\nok\u0085\u{1FFFF}\u{10FFFE}\n\u0000";
    const { text: cleaned, problems } = cleanText(FILE, text);
    assert.equal(cleaned, "---\ntitle: AB\nxy\nz\nok\n");
    assert.deepEqual(
      problems.map((p) => [p.code, p.severity, p.line, p.column]),
      [
        ["control-character", "warning", 2, 9],
        ["control-character", "warning", 3, 2],
        ["noncharacter", "warning", 4, 1],
        ["control-character", "warning", 5, 3],
        ["control-character", "warning", 6, 1],
      ],
    );
    assert.match(problems[0]!.message, /a control character \(U\+0007, U\+001B\) at column 9.*removed/);
    assert.match(problems[2]!.message, /a Unicode noncharacter \(U\+FFFE, U\+FDD0\)/);
    assert.match(problems[3]!.message, /control characters and noncharacters \(U\+0085, U\+1FFFF, U\+10FFFE\)/);
  });

  it("should remove bidirectional overrides, embeddings and isolates, and keep the direction marks", () => {
    const text = "---\ntitle: \"report \u202Egnp.exe\"\n---\n\u2067\u0627\u2069 \u200F\u0628\u200E \u202B\u0629\u202C\n";
    const { text: cleaned, problems } = cleanText(FILE, text);
    assert.equal(cleaned, "---\ntitle: \"report gnp.exe\"\n---\n\u0627 \u200F\u0628\u200E \u0629\n");
    assert.deepEqual(problems.map((p) => [p.code, p.line, p.column]), [["control-character", 2, 16], ["control-character", 4, 1]]);
    assert.match(problems[0]!.message, /U\+202E/);
    assert.match(problems[1]!.message, /U\+2067, U\+2069, U\+202B, U\+202C/);
  });

  it("should report ten lines and then sum up the rest", () => {
    const { problems } = cleanText(FILE, "\u0001\n".repeat(25));
    assert.equal(problems.length, 11);
    assert.match(problems[10]!.message, /^15 more lines/);
    assert.equal(problems[10]!.line, 11);
  });
});

describe("readContentText", () => {
  it("should never read through a symbolic link, nor wait on a FIFO", () => {
    const dir = tempDir();
    fs.symlinkSync("/etc/passwd", path.join(dir, "passwd.md"));
    const link = readContentText(path.join(dir, "passwd.md"));
    assert.equal(link.text, undefined);
    assert.match(link.problems[0]!.message, /symbolic link/);
    execFileSync("mkfifo", [path.join(dir, "fifo.md")]);
    const fifo = readContentText(path.join(dir, "fifo.md"));
    assert.equal(fifo.text, undefined);
    assert.equal(fifo.problems[0]!.code, "unreadable-file");
  });
});
