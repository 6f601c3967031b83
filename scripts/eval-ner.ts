// npm run eval:ner — scores the shipped NER model on the ANERcorp test files:
// (a) the model alone, (b) the combination with the knowledge base and lexicons
// (src/ner/combine.ts), on the official test file and on the FIRSTTOKEN_RESTORED one.
// Per-type P/R/F1 for PERS, LOC, ORG (MISC ignored) and macro-F1 over the three.
// Options: --model PATH, --corpus DIR, --json
import { existsSync } from "node:fs";
import { join } from "node:path";
import { combine } from "../src/ner/combine.js";
import { readConll } from "../src/ner/conll.js";
import { formatScore, I_CONVENTION, scoreSpans, type NerScore } from "../src/ner/eval.js";
import { DEFAULT_MODEL_PATH, loadTagger } from "../src/ner/tagger.js";
import { bioToSpans } from "../src/ner/tags.js";

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const corpusDir = arg("corpus", "/work/shared/data/ner/anercorp");
const modelPath = arg("model", DEFAULT_MODEL_PATH);
const asJson = process.argv.includes("--json");
const files = [
  ["official", "ANERCorp_CamelLab_test.txt"],
  ["first-token restored", "ANERCorp_CamelLab_test.FIRSTTOKEN_RESTORED.txt"],
] as const;

const tagger = loadTagger(modelPath);
const stage1 = loadTagger(modelPath, { fast: true });
const results: Record<string, { model: NerScore; combined: NerScore; stage1: NerScore; tokensPerSecond: number }> = {};
if (!asJson) {
  console.log(`NER evaluation: exact span + type, conlleval style. I- convention: ${I_CONVENTION}.`);
  console.log(`model: ${modelPath} (trained ${String(tagger.model.meta.trainedAt ?? "?")}, ${tagger.model.stages.map((s) => s.features.length).join("+")} features)`);
}
for (const [label, file] of files) {
  const path = join(corpusDir, file);
  if (!existsSync(path)) {
    console.error(`skipping ${label}: ${path} not found`);
    continue;
  }
  const sents = readConll(path);
  const gold = sents.map((s) => bioToSpans(s.tags));
  const t0 = process.hrtime.bigint();
  // the test file is read as one running text: stage 2 looks docWindow sentences either side
  const model = tagger.documentSpans(sents.map((s) => s.words));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  // combine() is applied to the spans already decoded, so (a) and (b) differ only by the combination
  const combined = sents.map((s, i) => combine(s.words, model[i], tagger.lookups));
  const tokens = sents.reduce((n, s) => n + s.words.length, 0);
  const first = stage1.documentSpans(sents.map((s) => s.words));
  results[label] = { model: scoreSpans(gold, model), combined: scoreSpans(gold, combined), stage1: scoreSpans(gold, first), tokensPerSecond: tokens / secs };
  if (!asJson) {
    console.log(`\n=== ${label}: ${file} (${sents.length} sentences, ${tokens} tokens; tagging ${Math.round(tokens / secs)} tokens/s)`);
    console.log(formatScore("(a) model alone", results[label].model));
    console.log(formatScore("(b) model + KB/lexicon combination", results[label].combined));
    console.log(`  (stage 1 alone, the fast tagger: macro-F1 ${(100 * results[label].stage1.macroF1).toFixed(2)})`);
  }
}
if (asJson) console.log(JSON.stringify({ convention: I_CONVENTION, results }, null, 2));
