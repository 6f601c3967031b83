// Robustness on real articles: every tenth article of the shared bench corpus (about 3,000)
// goes through the whole extractor without an exception. Skips, saying so, where a clone has
// no ../shared. (Throughput is measured by `npm run bench`, not here.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { BENCH_CORPUS, loadBenchTexts } from "../../scripts/bench/tokenize.js";
import { extractDocument } from "../../src/pipeline.js";
import { loadResources } from "../../src/resolve/resources.js";

const have = existsSync(BENCH_CORPUS);

test("every tenth bench article is extracted without an exception", { skip: have ? false : `no bench corpus at ${BENCH_CORPUS}` }, () => {
  const R = loadResources();
  const texts = loadBenchTexts(31_000);
  const failed: string[] = [];
  for (let i = 0; i < texts.length; i += 10) {
    try {
      extractDocument({ id: `b${i}`, text: texts[i], published: "2015-07-20" }, { resources: R });
    } catch (e) {
      failed.push(`article ${i}: ${(e as Error).message}`);
    }
  }
  assert.deepEqual(failed.slice(0, 5), []);
});
