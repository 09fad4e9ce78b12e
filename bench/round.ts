/**
 * One round of the benchmark: the four builds of one corpus, back to back, so
 * that each Dateline build's ratio is to a stock build made under the same
 * load. Cold is a first build (no cache, no previous site); warm builds again
 * over the cold one's site and cache; edited builds once more after one
 * sentence of one article changed, and the article is put back afterwards.
 */
import fs from "node:fs";
import path from "node:path";
import { editOneArticle } from "./article-edit.ts";
import { buildDateline, buildStock, type BuildFigures } from "./builds.ts";
import type { Corpus } from "./corpus.ts";
import { CommandFailed } from "./measure.ts";
import type { BuildKind, Round } from "./summary.ts";

/** A build of the round that failed, and which one. */
export class RoundFailed extends Error {
  constructor(
    readonly kind: BuildKind,
    readonly failed: CommandFailed,
  ) {
    super(`the ${kind} build failed`);
  }
}

/** Runs round `index` (from 0) over `corpus`, with its sites and a fresh cache under `dir`. */
export async function runRound(corpus: Corpus, dir: string, index: number): Promise<Round> {
  const cacheDir = fs.mkdtempSync(path.join(dir, "cache-"));
  const site = path.join(dir, "site");
  const measured = async (kind: BuildKind, build: () => Promise<BuildFigures>) => {
    try {
      return await build();
    } catch (error) {
      throw error instanceof CommandFailed ? new RoundFailed(kind, error) : error;
    }
  };
  try {
    const stock = await measured("stock", () => buildStock(corpus.stockDir, path.join(dir, "stock-site"), dir));
    fs.rmSync(site, { recursive: true, force: true });
    const cold = await measured("cold", () => buildDateline(corpus.contentDir, site, cacheDir));
    const warm = await measured("warm", () => buildDateline(corpus.contentDir, site, cacheDir));
    const edit = editOneArticle(corpus.contentDir, `An edited sentence of benchmark round ${index + 1}.`);
    try {
      const edited = await measured("edited", () => buildDateline(corpus.contentDir, site, cacheDir));
      return { stock, cold, warm, edited };
    } finally {
      // Every round starts from the same corpus.
      edit.restore();
    }
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
