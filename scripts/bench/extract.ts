// Extraction throughput on one core, in articles of 5 KB per second: the bench corpus's
// articles are joined and cut into 5 KB articles (the unit), extracted one by one,
// and compared with a plain normalize-and-tokenize pass over the same texts. Memory (RSS and
// heap) is sampled every 1,000 articles over a long run to show it stays flat.
//   npx tsx scripts/bench/extract.ts [articles] [memory-run-articles]
import { extractDocument } from "../../src/pipeline.js";
import { loadResources } from "../../src/resolve/resources.js";
import { normalize } from "../../src/text/normalize.js";
import { tokenize } from "../../src/read/tokens.js";
import { loadBenchTexts } from "./tokenize.js";

export interface ExtractBench {
  articles: number;
  articleKB: number;
  seconds: number;
  articlesPerSecond: number;
  /** articles per second of this process's CPU time: what one free core does (a shared machine's wall clock is not) */
  articlesPerCpuSecond: number;
  megabytesPerSecond: number;
  baselineArticlesPerSecond: number;
  ratioToBaseline: number;
  events: number;
  figures: number;
  memory?: { articles: number; rssMB: number[]; heapMB: number[]; growthMB: number };
}

/** Cut the corpus into articles of ~5 KB (UTF-8) at line boundaries. */
export function fiveKbArticles(n: number): string[] {
  const texts = loadBenchTexts(Math.max(200, Math.ceil(n / 2)));
  const out: string[] = [];
  let cur = "";
  for (let i = 0; out.length < n; i = (i + 1) % texts.length) {
    for (const line of texts[i].split("\n")) {
      cur += line + "\n";
      if (Buffer.byteLength(cur) >= 5 * 1024) { out.push(cur); cur = ""; if (out.length >= n) break; }
    }
  }
  return out;
}

export function benchExtract(n = 2000, memoryRun = 0, ner = true): ExtractBench {
  const R = loadResources({ ner });
  const docs = fiveKbArticles(n);
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
  // warm-up: compile regexes and fill caches
  for (let i = 0; i < Math.min(50, docs.length); i++) extractDocument({ id: `w${i}`, text: docs[i], published: "2015-07-20" }, { resources: R });

  let t0 = performance.now();
  let sink = 0;
  for (const d of docs) sink += tokenize(normalize(d)).length;
  const baseSeconds = (performance.now() - t0) / 1000;

  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let events = 0;
  let figures = 0;
  docs.forEach((text, i) => {
    const doc = extractDocument({ id: `b${i}`, text, published: "2015-07-20" }, { resources: R });
    events += doc.events.length;
    figures += doc.figures.length;
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const result: ExtractBench = {
    articles: docs.length,
    articleKB: bytes / docs.length / 1024,
    seconds,
    articlesPerSecond: docs.length / seconds,
    articlesPerCpuSecond: docs.length / cpuSeconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    baselineArticlesPerSecond: docs.length / baseSeconds,
    ratioToBaseline: seconds / baseSeconds,
    events,
    figures,
  };
  void sink;
  if (memoryRun > 0) {
    const rss: number[] = [];
    const heap: number[] = [];
    for (let i = 0; i < memoryRun; i++) {
      extractDocument({ id: `m${i}`, text: docs[i % docs.length], published: "2015-07-20" }, { resources: R });
      if (i % 1000 === 999) {
        (globalThis as { gc?: () => void }).gc?.(); // with --expose-gc (npm run bench): what is kept, not what awaits collection
        const m = process.memoryUsage();
        rss.push(Math.round(m.rss / 1e6));
        heap.push(Math.round(m.heapUsed / 1e6));
      }
    }
    // growth: last tenth of samples against the second tenth (after warm-up)
    const tenth = Math.max(1, Math.floor(rss.length / 10));
    const avg = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
    result.memory = { articles: memoryRun, rssMB: rss, heapMB: heap, growthMB: Math.round(avg(rss.slice(-tenth)) - avg(rss.slice(tenth, 2 * tenth))) };
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchExtract(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 0), process.argv[4] !== "no-ner");
  console.log(JSON.stringify({ ...r, memory: r.memory && { ...r.memory, rssMB: r.memory.rssMB.filter((_, i) => i % 10 === 0) } }, null, 2));
}
