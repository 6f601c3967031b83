// Gold participants matched as the spec says (spec/annotation.md, "Participants in gold files"):
// every word of one alternative phrase in the entity's Arabic name or titles (normalized, leading
// و/ال stripped), or for a Latin phrase in its English name.
import type { Entity } from "../../src/types.js";

export interface GoldEvent { type: string; participants: string[][]; also?: string[][]; optional?: boolean }
export interface GoldDoc { id: string; events?: GoldEvent[] }

const PREFIXES = ["وال", "بال", "فال", "كال", "لل", "ال"];

function fold(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .toLowerCase();
}

function wordsOf(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => {
    for (const p of PREFIXES) if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
    return w;
  });
}

/** Does one of the gold alternatives name this entity? */
export function namesEntity(alts: string[], e: Pick<Entity, "name" | "titles" | "name_en">): boolean {
  const arabic = new Set(wordsOf([e.name ?? "", ...(e.titles ?? [])].join(" ")));
  const latin = new Set(wordsOf(e.name_en ?? ""));
  return alts.some((a) => {
    const need = wordsOf(a);
    const have = /[a-z]/i.test(a) ? latin : arabic;
    return need.length > 0 && need.every((w) => have.has(w));
  });
}

type E = Pick<Entity, "name" | "titles" | "name_en">;

/**
 * 1 when two different participants of one required gold encounter are these two, null when only
 * an optional encounter or an optional participant joins them (the scorer neither counts nor
 * blames such a pair), else 0.
 */
export function labelPair(gold: GoldDoc, a: E, b: E): 0 | 1 | null {
  const events = gold.events ?? [];
  const pairIn = (list: string[][]) => list.some((x, i) => namesEntity(x, a) && list.some((y, j) => j !== i && namesEntity(y, b)));
  if (events.some((ev) => !ev.optional && pairIn(ev.participants))) return 1;
  const open = events.some((ev) => {
    const all = [...ev.participants, ...(ev.also ?? [])];
    const inA = all.some((x) => namesEntity(x, a));
    const inB = all.some((x) => namesEntity(x, b));
    return inA && inB && (!!ev.optional || (ev.also ?? []).some((x) => namesEntity(x, a) || namesEntity(x, b)));
  });
  return open ? null : 0;
}
