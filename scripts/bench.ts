// `npm run bench`: every speed and memory figure the issues ask for, measured here on one
// core. Sizes scale with BENCH_SCALE (default 1 = the issues' sizes; 0.1 for a quick look).
//   extraction: articles of 5 KB per second, ratio to normalize+tokenize, memory over a long run
//   knowledge base: average lookup time with the full base loaded
//   NER tagger: tokens per second; store and API benches when present
import { existsSync } from "node:fs";

const scale = Number(process.env.BENCH_SCALE ?? 1);
const only = process.argv.slice(2);
const want = (name: string) => !only.length || only.includes(name);
const line = (s: string) => console.log(s);

if (want("extract")) {
  const { benchExtract } = await import("./bench/extract.js");
  const r = benchExtract(Math.round(3000 * scale), Math.round(100_000 * scale));
  line(`extract: ${r.articles} articles of ${r.articleKB.toFixed(1)} KB in ${r.seconds.toFixed(1)} s → ${r.articlesPerSecond.toFixed(0)} articles/s wall clock, ${r.articlesPerCpuSecond.toFixed(0)} per CPU-second (${r.megabytesPerSecond.toFixed(2)} MB/s); target ≥ 500/s`);
  line(`extract: normalize+tokenize alone ${r.baselineArticlesPerSecond.toFixed(0)} articles/s; extraction costs ${r.ratioToBaseline.toFixed(1)}× that`);
  const plain = benchExtract(Math.round(1000 * scale), 0, false);
  line(`extract: without the NER tagger ${plain.articlesPerSecond.toFixed(0)} articles/s — the tagger costs ${(plain.articlesPerSecond / r.articlesPerSecond).toFixed(2)}× (target ≤ 2×)`);
  if (r.memory) line(`extract: memory over ${r.memory.articles} articles: RSS ${r.memory.rssMB[0]} → ${r.memory.rssMB[r.memory.rssMB.length - 1]} MB (growth after warm-up ${r.memory.growthMB} MB), heap ${r.memory.heapMB[0]} → ${r.memory.heapMB[r.memory.heapMB.length - 1]} MB`);
}
if (want("kb")) {
  const { benchKb } = await import("./bench/kb.js");
  const r = benchKb();
  line(`kb: ${r.lookups} lookups, ${r.avgMicros.toFixed(1)} µs average (${r.lookupsPerSec.toFixed(0)}/s); target < 20 µs; base loaded in ${r.loadMs.toFixed(0)} ms`);
}
if (want("ner") && existsSync(new URL("./bench/ner.ts", import.meta.url))) {
  const { benchNer } = await import("./bench/ner.js");
  line(`ner: ${JSON.stringify(benchNer())}`);
}
if (want("store") && existsSync(new URL("./bench/store.ts", import.meta.url))) {
  const { benchStore } = await import("./bench/store.js");
  line(`store: ${JSON.stringify(await benchStore({}))}`);
}
if (want("api") && existsSync(new URL("./bench/api.ts", import.meta.url))) {
  const mod = (await import("./bench/api.js")) as { benchApi: () => Promise<unknown> };
  line(`api: ${JSON.stringify(await mod.benchApi())}`);
}
