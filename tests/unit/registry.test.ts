import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { loadContent } from "../../src/content/load-content.ts";
import { loadRegistry } from "../../src/entities/registry.ts";
import { EntityResolver } from "../../src/entities/resolver.ts";
import { writeContent } from "../helpers/fixture.ts";
import { writePhoto } from "../helpers/photos.ts";

describe("loadRegistry", () => {
  it("should read people and places, resolving a place's country by name or code", () => {
    const dir = writeContent([], {
      "people.yaml": "- name: Asaad Hassan al-Shaibani\n  aliases: [Assad Hassan Al-Shibani]\n  description: Minister\n",
      "places.yaml": "- name: Aleppo\n  country: SY\n  aliases: Halab\n- name: Syria\n  aliases: [Sham]\n",
    });
    const { registry, problems } = loadRegistry(dir);
    assert.deepEqual(problems, []);
    assert.equal(registry.people[0]?.name, "Asaad Hassan al-Shaibani");
    assert.equal(registry.places[0]?.country.name, "Syria");
    assert.deepEqual(registry.places[0]?.aliases, ["Halab"]);
    assert.equal(registry.places[1]?.isCountry, true);
  });

  it("should give no problem for missing or empty registries", () => {
    assert.deepEqual(loadRegistry(writeContent([])).problems, []);
    assert.deepEqual(loadRegistry(writeContent([], { "people.yaml": "", "places.yaml": "# nothing\n" })).problems, []);
  });

  it("should report unknown fields, shared aliases and unknown countries with file and line", () => {
    const dir = writeContent([], {
      "people.yaml": "- name: A One\n  aliases: [Shared]\n- name: B Two\n  aliases: [shared]\n- name: C Three\n  born: 1970\n",
      "places.yaml": "- name: Springfield\n  country: Narnia\n- name: Nowhere\n",
    });
    const { problems } = loadRegistry(dir);
    const summary = problems.map((p) => `${p.file.split("/").pop()}:${p.line}: ${p.field}: ${p.code}`).sort();
    assert.deepEqual(summary, [
      "people.yaml:3: aliases: alias-conflict",
      "people.yaml:6: born: unknown-field",
      "places.yaml:2: country: unknown-country",
      "places.yaml:3: country: place-without-country",
    ]);
  });

  it("should say a field of the wrong type must be text, and only a missing name is required", () => {
    const { problems } = loadRegistry(writeContent([], { "people.yaml": "- name: A B\n  sort_as: 12\n- name: C D\n  role: [a]\n- aliases: [x]\n" }));
    assert.deepEqual(
      problems.map((p) => `${p.line}: ${p.field}: ${p.code}: ${p.message}`),
      ["2: sort_as: invalid-field: must be text", "4: role: invalid-field: must be text", "5: name: missing-field: is required"],
    );
  });

  it("should report a registry that is not a list", () => {
    const { problems } = loadRegistry(writeContent([], { "people.yaml": "name: Someone\n" }));
    assert.equal(problems[0]?.code, "registry-not-a-list");
  });
});

describe("EntityResolver", () => {
  const dir = writeContent([], {
    "people.yaml": "- name: Asaad Hassan al-Shaibani\n  aliases: [Assad Hassan Al-Shibani, أسعد الشيباني]\n",
    "places.yaml": "- name: Aleppo\n  country: Syria\n  aliases: [Halab]\n",
  });
  const resolver = new EntityResolver(loadRegistry(dir).registry);

  it("should resolve aliases to the canonical person without case, accents or punctuation", () => {
    const key = resolver.person("Asaad Hassan al-Shaibani").key;
    for (const name of ["assad hassan al shibani", "ASSAD HASSAN AL-SHIBANI", "أسعد الشيباني"]) {
      assert.equal(resolver.person(name).key, key, name);
    }
    assert.notEqual(resolver.person("Someone Else").key, key);
  });

  it("should resolve places to countries, registry places and capitals", () => {
    const turkiye = resolver.place("turkiye");
    assert.equal(turkiye.kind === "country" && turkiye.country.name, "Türkiye");
    const halab = resolver.place("Halab");
    assert.equal(halab.kind, "place");
    assert.equal(halab.kind === "place" && halab.name, "Aleppo");
    const baku = resolver.place("Baku");
    assert.equal(baku.kind === "place" && baku.country.name, "Azerbaijan");
    assert.equal(resolver.place("Gotham").kind, "unknown");
  });
});

describe("loadRegistry: a person's optional fields (issue 15 part 4)", () => {
  it("should read role, sort_as, wikidata, links and a photo path from the content folder", async () => {
    const dir = writeContent([], {
      "people.yaml": [
        "- name: Ilham Aliyev",
        "  role: President of Azerbaijan",
        "  sort_as: Aliyev, Ilham",
        "  wikidata: Q12345",
        "  links:",
        "    - https://president.az/",
        "    - { label: Profile, url: 'http://example.org/a?b=1' }",
        "  image: people/aliyev.jpg",
        "",
      ].join("\n"),
    });
    await writePhoto(path.join(dir, "people", "aliyev.jpg"), 40, 40);
    const { registry, problems } = loadRegistry(dir);
    assert.deepEqual(problems, []);
    const person = registry.people[0]!;
    assert.equal(person.role, "President of Azerbaijan");
    assert.equal(person.sortAs, "Aliyev, Ilham");
    assert.equal(person.wikidata, "Q12345");
    assert.deepEqual(person.links, [
      { label: "president.az", url: "https://president.az/" },
      { label: "Profile", url: "http://example.org/a?b=1" },
    ]);
    assert.equal(person.image?.relPath, "people/aliyev.jpg");
    assert.equal(person.image?.format, "jpeg");
    assert.equal(person.image?.line, 8);
    // The photo is used, so loading the folder does not call it an ignored file; another image there is.
    await writePhoto(path.join(dir, "people", "stray.jpg"), 40, 40);
    const ignored = (await loadContent(dir, { render: false, cache: false })).problems.filter((p) => p.code === "ignored-file");
    assert.deepEqual(ignored.map((p) => path.relative(dir, p.file).split(path.sep).join("/")), ["people/stray.jpg"]);
  });

  it("should report a bad Q-id, unsafe links and bad photos with file, line and field", () => {
    const dir = writeContent([], {
      "people.yaml": [
        "- name: A One",
        "  wikidata: https://www.wikidata.org/wiki/Q42",
        "  links:",
        "    - javascript:alert(1)",
        "    - { label: Data, url: 'data:text/html,<b>x</b>' }",
        "    - example.org/profile",
        "    - https://user:secret@example.org/",
        "- name: B Two",
        "  wikidata: Q042",
        "  image: ../outside.jpg",
        "- name: C Three",
        "  image: people/missing.jpg",
        "- name: D Four",
        "  image: people/logo.svg",
        "- name: E Five",
        "  born: 1970",
        "  sort_as: ''",
        "",
      ].join("\n"),
    });
    const { registry, problems } = loadRegistry(dir);
    const summary = problems.map((p) => `${p.file.split("/").pop()}:${p.line}: ${p.field}: ${p.code}`);
    assert.deepEqual(summary.sort(), [
      "people.yaml:10: image: image-outside-content",
      "people.yaml:12: image: image-missing",
      "people.yaml:14: image: image-svg",
      "people.yaml:16: born: unknown-field",
      "people.yaml:17: sort_as: invalid-field",
      "people.yaml:2: wikidata: person-wikidata-invalid",
      "people.yaml:4: links.0: person-link-invalid",
      "people.yaml:5: links.1: person-link-invalid",
      "people.yaml:6: links.2: person-link-invalid",
      "people.yaml:7: links.3: person-link-invalid",
      "people.yaml:9: wikidata: person-wikidata-invalid",
    ]);
    assert.match(problems.find((p) => p.line === 2)!.hint ?? "", /wikidata: Q42/);
    assert.match(problems.find((p) => p.code === "image-missing")!.hint ?? "", /from the content folder/);
    // A refused link is never kept as a link.
    assert.deepEqual(registry.people[0]?.links, []);
    assert.ok(problems.every((p) => p.severity === "error"));
  });
});
