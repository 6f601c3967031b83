// Speed of the NER tagger: model load time, and tagging throughput over real news articles
// (the bench corpus of scripts/bench/tokenize.ts), compared with tokenizing the same text.
//   npx tsx scripts/bench/ner.ts [N articles]
import { splitSentences } from "../../src/read/sentences.js";
import { tokenize } from "../../src/read/tokens.js";
import { loadModel } from "../../src/ner/model-io.js";
import { buildTagger, DEFAULT_MODEL_PATH } from "../../src/ner/tagger.js";
import { combine } from "../../src/ner/combine.js";
import { loadBenchTexts } from "./tokenize.js";

export interface NerBench {
  loadMs: number;
  articles: number;
  megabytes: number;
  tokens: number;
  /** seconds to split sentences + tokenize (for comparison) */
  tokenizeSeconds: number;
  /** seconds to tag (both stages) + combine, tokens given */
  tagSeconds: number;
  tokensPerSecond: number;
  /** tagging throughput in articles of 5 KB (UTF-8) per second */
  articles5kbPerSecond: number;
  /** tagging time / tokenizing time */
  tagOverTokenize: number;
}

export function benchNer(n = 1000, modelPath = DEFAULT_MODEL_PATH): NerBench {
  const t0 = performance.now();
  const tagger = buildTagger(loadModel(modelPath));
  const loadMs = performance.now() - t0;
  const texts = loadBenchTexts(n);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const tokenizeAll = () => texts.map((text) => splitSentences(text).map((s) => tokenize(text.slice(s.start, s.end)).map((t) => t.text)));
  tokenizeAll(); // warm-up
  const t1 = performance.now();
  const docs = tokenizeAll();
  const tokenizeSeconds = (performance.now() - t1) / 1000;
  const tagAll = () => {
    for (const doc of docs) {
      const spans = tagger.documentSpans(doc);
      doc.forEach((words, i) => combine(words, spans[i], tagger.lookups));
    }
  };
  tagAll(); // warm-up (JIT, feature caches)
  const t2 = performance.now();
  tagAll();
  const tagSeconds = (performance.now() - t2) / 1000;
  const tokens = docs.reduce((s, d) => s + d.reduce((a, w) => a + w.length, 0), 0);
  return {
    loadMs,
    articles: texts.length,
    megabytes: bytes / 1e6,
    tokens,
    tokenizeSeconds,
    tagSeconds,
    tokensPerSecond: tokens / tagSeconds,
    articles5kbPerSecond: bytes / 5120 / tagSeconds,
    tagOverTokenize: tagSeconds / tokenizeSeconds,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchNer(Number(process.argv[2] ?? 1000));
  console.log(JSON.stringify(r, (_, v) => (typeof v === "number" ? Math.round(v * 1000) / 1000 : v), 2));
}
