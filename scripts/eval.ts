// `npm run eval`: extract the dev set and score it with the shared scorer.
//   npm run eval [-- --verbose] [-- --gold G --docs D]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import { extractDocument } from "../src/pipeline.js";
import { loadResources } from "../src/resolve/resources.js";

const args = process.argv.slice(2);
const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const shared = new URL("../../shared/", import.meta.url).pathname;
const docs = opt("--docs", shared + "data/dev/docs.jsonl");
const gold = opt("--gold", shared + "data/dev/gold.jsonl");
if (!existsSync(docs) || !existsSync(gold)) {
  console.error(`eval: ${docs} or ${gold} not found (this clone has no ../shared)`);
  process.exit(2);
}
const R = loadResources({});
const t0 = performance.now();
const lines = readFileSync(docs, "utf8").split("\n").filter((l) => l.trim());
const out = lines.map((l) => JSON.stringify(extractDocument(JSON.parse(l), { resources: R })));
const ms = performance.now() - t0;
mkdirSync("out", { recursive: true });
writeFileSync("out/dev-pred.jsonl", out.join("\n") + "\n");
console.log(`extracted ${lines.length} documents in ${ms.toFixed(0)} ms → out/dev-pred.jsonl`);
const scorer = shared + "tools/score.mjs";
const extra = args.includes("--verbose") ? ["--verbose"] : [];
process.stdout.write(execFileSync("node", [scorer, "--gold", gold, "--pred", "out/dev-pred.jsonl", ...extra], { encoding: "utf8" }));
