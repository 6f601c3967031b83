// Figure P/R/F1 of extractFigures on the dev set, computed as ../shared/tools/score.mjs does
// (per article, (value ±0.5 %, unit), both sides deduplicated), with each miss and extra.
//
//   npx tsx scripts/eval-figures.ts [--docs D.jsonl] [--gold G.jsonl] [--quiet] [--local-strip]
//   npx tsx scripts/eval-figures.ts --sample 50 --bench ../shared/data/bench/x.jsonl.gz [--limit 3000]
//
// Text is cleaned with src/text/clean.ts when that module exists; until then a minimal
// local strip of obvious scraping noise is used (see localStrip).

import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extractFigures } from "../src/extract/figures.js";
import type { Figure } from "../src/types.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt?: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SHARED = new URL("../../shared/data/", import.meta.url);
const docsPath = opt("--docs", new URL("dev/docs.jsonl", SHARED).pathname)!;
const goldPath = opt("--gold", new URL("dev/gold.jsonl", SHARED).pathname)!;

type Cleaner = (raw: string) => string;

async function loadCleaner(): Promise<{ name: string; clean: Cleaner }> {
  const path = new URL("../src/text/clean.ts", import.meta.url);
  if (existsSync(path) && !args.includes("--local-strip")) {
    try {
      const mod = (await import("../src/text/clean.js")) as { clean?: (raw: string) => { text: string } };
      if (typeof mod.clean === "function") {
        // clean.ts is developed alongside: if it throws, fall back for that article and say so
        let failures = 0;
        const name = "clean()";
        return {
          name,
          clean: (raw) => {
            try {
              return mod.clean!(raw).text;
            } catch (e) {
              if (failures++ === 0) console.error(`clean() threw (${(e as Error).message}); using local strip`);
              return localStrip(raw);
            }
          },
        };
      }
    } catch (e) {
      console.error(`clean.ts present but failed to load (${(e as Error).message}); using local strip`);
    }
  }
  return { name: "local strip", clean: localStrip };
}

// Stand-in for clean(): drop tracking tokens (long base64-looking Latin runs) and everything
// after a "related articles" header, where other articles' headlines carry their own numbers.
function localStrip(raw: string): string {
  const cut = raw.search(/^\s*(related posts|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|أخبار ذات صلة|اخترنا لك)\s*$/imu);
  const body = cut >= 0 ? raw.slice(0, cut) : raw;
  return body.replace(/[A-Za-z0-9+/]{16,}={0,2}/g, " ");
}

function readJsonl<T>(path: string): T[] {
  const buf = readFileSync(path);
  const txt = path.endsWith(".gz") ? gunzipSync(buf).toString("utf8") : buf.toString("utf8");
  return txt.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(a) * 0.005);

function dedupe(list: { value: number; unit: string }[]) {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = `${Number(f.value)}|${f.unit}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

async function evalDev() {
  if (!existsSync(docsPath) || !existsSync(goldPath)) {
    console.error(`dev data not found (${docsPath}); nothing to evaluate`);
    process.exit(2);
  }
  const { name, clean } = await loadCleaner();
  const docs = readJsonl<{ id: string; text: string }>(docsPath);
  const gold = new Map(readJsonl<{ id: string; figures?: { value: number; unit: string }[] }>(goldPath).map((g) => [g.id, g]));
  let tp = 0, fp = 0, fn = 0;
  const quiet = args.includes("--quiet");
  const t0 = performance.now();
  for (const d of docs) {
    const g = gold.get(d.id);
    if (!g) continue;
    const text = clean(d.text);
    const pred = extractFigures(text);
    const gf = dedupe(g.figures ?? []);
    const used = new Set<number>();
    const lines: string[] = [];
    for (const f of dedupe(pred) as Figure[]) {
      const k = gf.findIndex((x, i) => !used.has(i) && x.unit === f.unit && close(x.value, f.value));
      if (k >= 0) { used.add(k); tp++; }
      else { fp++; lines.push(`extra  ${f.value} ${f.unit}  «${f.text}»`); }
    }
    gf.forEach((x, i) => { if (!used.has(i)) { fn++; lines.push(`missed ${x.value} ${x.unit}`); } });
    if (lines.length && !quiet) console.log(`${d.id}\n  ${lines.join("\n  ")}`);
  }
  const ms = performance.now() - t0;
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`cleaning: ${name}; ${docs.length} docs in ${ms.toFixed(0)} ms`);
  console.log(`figures   P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
}

// Precision by eye: extract from many bench articles, print a random sample of figures with context.
async function sampleBench() {
  const benchPath = opt("--bench")!;
  const limit = Number(opt("--limit", "3000"));
  const k = Number(opt("--sample", "50"));
  const { clean } = await loadCleaner();
  const docs = readJsonl<{ id?: string; text: string }>(benchPath).slice(0, limit);
  const all: { id: string; f: Figure; ctx: string }[] = [];
  let chars = 0;
  let ms = 0; // extraction only, not cleaning
  for (const [i, d] of docs.entries()) {
    const text = clean(d.text ?? "");
    chars += text.length;
    const t0 = performance.now();
    const figs = extractFigures(text);
    ms += performance.now() - t0;
    for (const f of figs) {
      const ctx = text.slice(Math.max(0, f.evidence.start - 40), f.evidence.end + 25).replace(/\s+/g, " ");
      all.push({ id: d.id ?? String(i), f, ctx });
    }
  }
  console.log(
    `${docs.length} articles, ${(chars / 1e6).toFixed(1)} M chars, ${all.length} figures; extractFigures ${ms.toFixed(0)} ms ` +
      `(${((chars / 1e6) / (ms / 1000)).toFixed(1)} M chars/s, ${(ms / docs.length).toFixed(2)} ms/article)`,
  );
  // deterministic shuffle (seeded LCG) so a sample can be re-read
  let seed = Number(opt("--seed", "7"));
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const picked = all.map((x) => [rnd(), x] as const).sort((a, b) => a[0] - b[0]).slice(0, k).map((x) => x[1]);
  for (const { id, f, ctx } of picked) console.log(`${id}\t${f.value} ${f.unit}${f.qualifier ? " " + f.qualifier : ""}\t${ctx}`);
}

if (opt("--bench")) await sampleBench();
else await evalDev();
