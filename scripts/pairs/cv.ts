// How the pair model does on articles it did not learn from: the written sets are split by set
// (a writer's set stays whole on one side), a model is learned from the other sets and reads the
// held-out ones, and the read is scored with ../shared/tools/score.mjs against the rules alone.
//   npx tsx scripts/pairs/cv.ts [--folds 4] [--thresholds 0.5,0.7] [--train 1-64 --test 65-84]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { extractDocument } from "../../src/pipeline.js";
import { loadResources } from "../../src/resolve/resources.js";
import type { PairModel } from "../../src/extract/pair-model.js";
import { labelledPairs, readJsonl, setOf, trainLogistic } from "../train-pairs.js";
import type { GoldDoc } from "./gold-match.js";

const args = process.argv.slice(2);
const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const root = new URL("../../", import.meta.url).pathname;
const scorer = root + "../shared/tools/score.mjs";
if (!existsSync(scorer)) { console.error(`cv: ${scorer} not found (this clone has no ../shared)`); process.exit(2); }

type Doc = { id: string; text: string; published?: string | null };
const docs = readJsonl<Doc>(root + "data/written/articles.jsonl");
const goldLines = readJsonl<GoldDoc>(root + "data/written/gold.jsonl");
const gold = new Map(goldLines.map((g) => [g.id, g]));
const thresholds = opt("--thresholds", "0.7").split(",").map(Number);
const range = (r: string) => { const [a, b] = r.split("-").map(Number); return (id: string) => setOf(id) >= a && setOf(id) <= b; };

// the splits: one train/test pair, or K folds by set number
const splits: { train: (id: string) => boolean; test: (id: string) => boolean }[] = args.includes("--test")
  ? [{ train: range(opt("--train", "1-9999")), test: range(opt("--test", "0-0")) }]
  : Array.from({ length: Number(opt("--folds", "4")) }, (_: unknown, k: number) => ({ train: (id: string) => setOf(id) % Number(opt("--folds", "4")) !== k, test: (id: string) => setOf(id) % Number(opt("--folds", "4")) === k }));

const R = loadResources({});
const tested: Doc[] = [];
const preds = new Map<number | "rules", string[]>();
for (const split of splits) {
  const trainDocs = docs.filter((d) => split.train(d.id));
  const testDocs = docs.filter((d) => split.test(d.id));
  const weights = trainLogistic(labelledPairs(trainDocs, gold));
  tested.push(...testDocs);
  for (const t of ["rules" as const, ...thresholds]) {
    const model: PairModel | null = t === "rules" ? null : { threshold: t, weights };
    const lines = preds.get(t) ?? [];
    for (const d of testDocs) lines.push(JSON.stringify(extractDocument(d, { resources: R, pairModel: model })));
    preds.set(t, lines);
  }
}
mkdirSync(root + "out", { recursive: true });
const goldPath = root + "out/pairs-cv-gold.jsonl";
const ids = new Set(tested.map((d) => d.id));
writeFileSync(goldPath, goldLines.filter((g) => ids.has(g.id)).map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`${tested.length} held-out articles in ${splits.length} split(s)`);
for (const [t, lines] of preds) {
  const p = root + `out/pairs-cv-${t}.jsonl`;
  writeFileSync(p, lines.join("\n") + "\n");
  const score = execFileSync("node", [scorer, "--gold", goldPath, "--pred", p], { encoding: "utf8" });
  console.log(`${t === "rules" ? "rules alone" : `threshold ${t}`}: ${score.split("\n").find((l) => l.startsWith("dyads"))} | ${score.split("\n").find((l) => l.startsWith("score"))}`);
}
