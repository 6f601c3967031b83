// Speed of the NER tagger: model load time, and tagging throughput over real news articles
// (the bench corpus of scripts/bench/tokenize.ts), compared with tokenizing the same text.
// Reports wall-clock and CPU-time figures: on a shared machine the CPU time is the steadier one.
//   npx tsx scripts/bench/ner.ts [N articles]
import { splitSentences } from "../../src/read/sentences.js";
import { tokenize } from "../../src/read/tokens.js";
import { loadModel } from "../../src/ner/model-io.js";
import { buildTagger, DEFAULT_MODEL_PATH, type Tagger } from "../../src/ner/tagger.js";
import { combine } from "../../src/ner/combine.js";
import { loadBenchTexts } from "./tokenize.js";

export interface TagRun {
  /** wall seconds / CPU seconds of tagging (all stages) + combination */
  seconds: number;
  cpuSeconds: number;
  tokensPerSecond: number;
  tokensPerCpuSecond: number;
  /** tagging throughput in articles of 5 KB (UTF-8) per second, wall clock */
  articles5kbPerSecond: number;
  /** tagging time / tokenizing time (wall) */
  overTokenize: number;
}

export interface NerBench {
  loadMs: number;
  articles: number;
  megabytes: number;
  tokens: number;
  /** seconds to split sentences + tokenize (for comparison) */
  tokenizeSeconds: number;
  /** both stages (the default tagger) */
  full: TagRun;
  /** stage 1 only (`fast: true`) */
  fast: TagRun;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

export function benchNer(n = 1000, modelPath = DEFAULT_MODEL_PATH): NerBench {
  const t0 = performance.now();
  const model = loadModel(modelPath);
  const full = buildTagger(model);
  const loadMs = performance.now() - t0;
  const fast = buildTagger(model, { fast: true });
  const texts = loadBenchTexts(n);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const tokenizeAll = () => texts.map((text) => splitSentences(text).map((s) => tokenize(text.slice(s.start, s.end)).map((t) => t.text)));
  tokenizeAll(); // warm-up
  const t1 = performance.now();
  const docs = tokenizeAll();
  const tokenizeSeconds = (performance.now() - t1) / 1000;
  const tokens = docs.reduce((s, d) => s + d.reduce((a, w) => a + w.length, 0), 0);
  const run = (tagger: Tagger): TagRun => {
    const tagAll = () => {
      for (const doc of docs) {
        const spans = tagger.documentSpans(doc);
        doc.forEach((words, i) => combine(words, spans[i], tagger.lookups));
      }
    };
    tagAll(); // warm-up (JIT, feature caches)
    const w0 = performance.now(), c0 = cpu();
    tagAll();
    const seconds = (performance.now() - w0) / 1000, cpuSeconds = cpu() - c0;
    return {
      seconds,
      cpuSeconds,
      tokensPerSecond: tokens / seconds,
      tokensPerCpuSecond: tokens / cpuSeconds,
      articles5kbPerSecond: bytes / 5120 / seconds,
      overTokenize: seconds / tokenizeSeconds,
    };
  };
  return { loadMs, articles: texts.length, megabytes: bytes / 1e6, tokens, tokenizeSeconds, full: run(full), fast: run(fast) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchNer(Number(process.argv[2] ?? 1000));
  console.log(JSON.stringify(r, (_, v) => (typeof v === "number" ? Math.round(v * 1000) / 1000 : v), 2));
}
