import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { readYamlFile } from "../../src/yaml/read-yaml-file.ts";
import { tempDir, writeContent } from "../helpers/fixture.ts";

describe("readYamlFile", () => {
  it("should refuse a YAML tag in a registry, naming it, at its line and column", () => {
    const dir = writeContent([], { "people.yaml": "- name: Ilham Aliyev\n- name: !!js/function 'function () {}'\n" });
    const { source, problems } = readYamlFile(path.join(dir, "_data/people.yaml"));
    assert.equal(source, undefined);
    assert.deepEqual(problems.map((p) => [p.code, p.severity, p.line, p.column, p.message]), [
      ["yaml-tag", "error", 2, 9, "YAML tags like `!!js/function` are not supported; write the value plainly: name: 'function () {}'"],
    ]);
  });

  it("should give a syntax error's column", () => {
    const dir = writeContent([], { "site.yaml": "title: Site\ntitle: Again\n" });
    const { problems } = readYamlFile(path.join(dir, "_data/site.yaml"));
    assert.deepEqual(problems.map((p) => [p.code, p.line, p.column]), [["yaml-syntax", 2, 1]]);
  });

  it("should warn about control characters and remove them, and refuse bytes that are not UTF-8", () => {
    const dir = writeContent([], { "site.yaml": "title: My\u0007 site\n" });
    const { source, problems } = readYamlFile(path.join(dir, "_data/site.yaml"));
    assert.deepEqual(source?.data, { title: "My site" });
    assert.deepEqual(problems.map((p) => [p.code, p.line, p.column]), [["control-character", 1, 10]]);
    fs.writeFileSync(path.join(dir, "_data/site.yaml"), 'title: "My\\e site"\n');
    const escaped = readYamlFile(path.join(dir, "_data/site.yaml"));
    assert.deepEqual(escaped.source?.data, { title: "My site" });
    assert.deepEqual(escaped.problems.map((p) => [p.code, p.line, p.column]), [["control-character", 1, 8]]);
    fs.writeFileSync(path.join(dir, "_data/site.yaml"), Buffer.from([0x74, 0x3a, 0x20, 0xe9, 0x0a]));
    assert.deepEqual(readYamlFile(path.join(dir, "_data/site.yaml")).problems.map((p) => [p.code, p.line, p.column]), [["invalid-utf8", 1, 4]]);
  });

  it("should treat a link, or a file in a linked folder, as absent and never read it", () => {
    const outside = writeContent([], { "people.yaml": "- name: Outside\n" });
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "_data"));
    fs.symlinkSync(path.join(outside, "_data/people.yaml"), path.join(dir, "_data/people.yaml"));
    fs.symlinkSync("/etc/passwd", path.join(dir, "_data/places.yaml"));
    assert.deepEqual(readYamlFile(path.join(dir, "_data/people.yaml")), { problems: [] });
    assert.deepEqual(readYamlFile(path.join(dir, "_data/places.yaml")), { problems: [] });
    const linked = tempDir();
    fs.symlinkSync(path.join(outside, "_data"), path.join(linked, "_data"));
    assert.deepEqual(readYamlFile(path.join(linked, "_data/people.yaml")), { problems: [] });
  });
});
