// Throughput of the text stage: clean → normalize → split sentences → tokenize, over the
// first N articles of the bench corpus (../shared/data/bench/saudinewsnet.jsonl.gz).
//   npx tsx scripts/bench/tokenize.ts [N]
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { clean } from "../../src/text/clean.js";
import { normalize } from "../../src/text/normalize.js";
import { splitSentences } from "../../src/read/sentences.js";
import { tokenize } from "../../src/read/tokens.js";

export const BENCH_CORPUS = fileURLToPath(new URL("../../../shared/data/bench/saudinewsnet.jsonl.gz", import.meta.url));

export interface TokenizeBench {
  articles: number;
  megabytes: number;
  /** wall-clock seconds of the timed pass */
  seconds: number;
  /** CPU seconds (user + system) of the timed pass: steadier than wall time on a busy machine */
  cpuSeconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  tokens: number;
  sentences: number;
  /** CPU articles/s of each stage alone (clean on raw text, the others on cleaned text) */
  stages: { clean: number; normalize: number; sentences: number; tokenize: number };
}

/** CPU-time rate of f over the inputs (after one warm-up pass). */
function stageRate<T>(inputs: T[], f: (x: T) => unknown): number {
  for (const x of inputs) f(x);
  const c0 = process.cpuUsage();
  for (const x of inputs) f(x);
  const c = process.cpuUsage(c0);
  return inputs.length / ((c.user + c.system) / 1e6);
}

/** Read the first n article texts of the bench corpus. */
export function loadBenchTexts(n: number, path = BENCH_CORPUS): string[] {
  if (!existsSync(path)) throw new Error(`bench corpus not found: ${path}`);
  const lines = gunzipSync(readFileSync(path)).toString("utf8").split("\n");
  const texts: string[] = [];
  for (const line of lines) {
    if (texts.length >= n) break;
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts;
}

/** Time clean + normalize + sentences + tokenize over the first n bench articles (one warm-up pass). */
export function benchTokenize(n = 5000, path = BENCH_CORPUS): TokenizeBench {
  const texts = loadBenchTexts(n, path);
  const run = () => {
    let tokens = 0;
    let sentences = 0;
    for (const raw of texts) {
      const c = clean(raw);
      normalize(c.text);
      sentences += splitSentences(c.text).length;
      tokens += tokenize(c.text).length;
    }
    return { tokens, sentences };
  };
  run(); // warm-up: JIT, lexicon loading, stem cache
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const counts = run();
  const cpu = process.cpuUsage(c0);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const cleaned = texts.map((t) => clean(t).text);
  const stages = {
    clean: stageRate(texts, clean),
    normalize: stageRate(cleaned, normalize),
    sentences: stageRate(cleaned, splitSentences),
    tokenize: stageRate(cleaned, tokenize),
  };
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t, "utf8"), 0);
  const megabytes = bytes / 1e6;
  return {
    articles: texts.length,
    megabytes,
    seconds,
    cpuSeconds,
    articlesPerSecond: texts.length / seconds,
    megabytesPerSecond: megabytes / seconds,
    ...counts,
    stages,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 5000);
  const r = benchTokenize(n);
  console.log(
    `clean+normalize+sentences+tokenize: ${r.articles} articles, ${r.megabytes.toFixed(1)} MB in ${r.seconds.toFixed(2)} s → ` +
      `${Math.round(r.articlesPerSecond)} articles/s, ${r.megabytesPerSecond.toFixed(1)} MB/s ` +
      `(${r.sentences} sentences, ${r.tokens} tokens; CPU ${r.cpuSeconds.toFixed(2)} s → ${Math.round(r.articles / r.cpuSeconds)} articles/s)`,
  );
  const st = r.stages;
  console.log(
    `  stages alone (CPU articles/s): clean ${Math.round(st.clean)}, normalize ${Math.round(st.normalize)}, ` +
      `sentences ${Math.round(st.sentences)}, tokenize ${Math.round(st.tokenize)}`,
  );
}
