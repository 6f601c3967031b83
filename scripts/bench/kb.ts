// Lookup speed with the full base loaded: `npx tsx scripts/bench/kb.ts`.
// Mentions are a fixed mix of full names, variants, surnames, fuzzy spellings, titles and misses.
import { loadKb } from "../../src/resolve/kb/index.js";
import { linkPerson } from "../../src/resolve/link.js";

const MIX: [string, { date?: string; title?: string; country?: string }][] = [
  ["عبد الحميد الدبيبة", {}],
  ["الدبيبة", { date: "2023-05-01" }],
  ["حفتر", {}],
  ["حفتر", { title: "نائب القائد العام", date: "2025-09-01" }],
  ["ماتيو بيانتيدوسي", {}],
  ["لورنزو جويريني", {}],
  ["ميلوني", { country: "IT" }],
  ["جوزيبى كونتى", {}],
  ["وزير الداخلية الإيطالي", { date: "2019-06-01" }],
  ["رئيس الوزراء الليبي", { date: "2022-06-01" }],
  ["وزير الخارجية بحكومة الوحدة الوطنية", { date: "2022-01-01" }],
  ["اسم غير موجود", {}],
  ["Dbeibah", {}],
  ["فتحي باش آغا", {}],
  ["السفير الإيطالي لدى ليبيا", { date: "2017-06-01" }],
  ["رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة", {}],
];

export function benchKb(iterations = 5000): { lookupsPerSec: number; avgMicros: number; lookups: number; loadMs: number } {
  const t0 = performance.now();
  const kb = loadKb();
  const loadMs = performance.now() - t0;
  // warm-up: lazy title lexicon and JIT tiers, so the timing is of the steady state
  for (let i = 0; i < 500; i++) for (const [q, ctx] of MIX) linkPerson(q, { ...ctx, kb });
  const start = performance.now();
  let n = 0;
  for (let i = 0; i < iterations; i++) {
    for (const [q, ctx] of MIX) {
      linkPerson(q, { ...ctx, kb });
      n++;
    }
  }
  const ms = performance.now() - start;
  return { lookupsPerSec: Math.round((n / ms) * 1000), avgMicros: Math.round((ms * 1000 / n) * 10) / 10, lookups: n, loadMs: Math.round(loadMs) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchKb(), null, 2));
}
