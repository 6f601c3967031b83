// CoNLL-style evaluation: an entity counts only when its span and its type both match exactly.
// BIO sequences are read with the conlleval convention of tags.ts (bioToSpans).
import { bioToSpans, type EntitySpan, type EntityType } from "./tags.js";

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScore {
  byType: Record<string, PRF>;
  /** mean F1 over `types` */
  macroF1: number;
  /** P/R/F1 over all entities of `types` pooled */
  micro: PRF;
}

/** The types the project scores: MISC is ignored, as issue 6 asks. */
export const SCORED_TYPES: readonly EntityType[] = ["PERS", "LOC", "ORG"];

export const I_CONVENTION =
  "an I-X without a preceding B-X/I-X starts a new entity of type X (conlleval convention)";

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Score predicted spans against gold spans, sentence by sentence. */
export function scoreSpans(
  gold: readonly (readonly EntitySpan[])[],
  pred: readonly (readonly EntitySpan[])[],
  types: readonly EntityType[] = SCORED_TYPES,
): NerScore {
  if (gold.length !== pred.length) throw new Error(`scoreSpans: ${gold.length} gold vs ${pred.length} predicted sentences`);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (let s = 0; s < gold.length; s++) {
    const g = new Set(gold[s].filter((x) => counts.has(x.type)).map((x) => `${x.start}:${x.end}:${x.type}`));
    const p = new Set(pred[s].filter((x) => counts.has(x.type)).map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const key of p) {
      const c = counts.get(key.slice(key.lastIndexOf(":") + 1))!;
      if (g.has(key)) c.tp++;
      else c.fp++;
    }
    for (const key of g) if (!p.has(key)) counts.get(key.slice(key.lastIndexOf(":") + 1))!.fn++;
  }
  const byType: Record<string, PRF> = {};
  let tp = 0, fp = 0, fn = 0, f1sum = 0;
  for (const [t, c] of counts) {
    byType[t] = prf(c.tp, c.fp, c.fn);
    f1sum += byType[t].f1;
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  return { byType, macroF1: types.length ? f1sum / types.length : 0, micro: prf(tp, fp, fn) };
}

/** Score BIO tag sequences (gold vs predicted) with the conlleval I- convention. */
export function scoreBio(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[], types?: readonly EntityType[]): NerScore {
  return scoreSpans(gold.map((t) => bioToSpans(t)), pred.map((t) => bioToSpans(t)), types);
}

/** A fixed-width table of a score, for the CLI. */
export function formatScore(label: string, s: NerScore): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [`${label}`, `  type      P       R      F1     tp    fp    fn`];
  for (const [t, v] of Object.entries(s.byType)) {
    lines.push(`  ${t.padEnd(5)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)} ${String(v.tp).padStart(6)}${String(v.fp).padStart(6)}${String(v.fn).padStart(6)}`);
  }
  lines.push(`  micro ${pct(s.micro.precision)} ${pct(s.micro.recall)} ${pct(s.micro.f1)}`);
  lines.push(`  macro-F1 (${Object.keys(s.byType).join(", ")}): ${pct(s.macroF1)}`);
  return lines.join("\n");
}
