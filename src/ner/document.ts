// Document-level features for the second tagging stage (after Krishnan & Manning 2006):
// a name is usually tagged right somewhere in an article (after a title, in full) and
// missed elsewhere (surname alone). Stage 2 sees, for every word, how stage 1 labelled the
// same stem in the other sentences of the document, plus stage 1's own tags around it.
import { bioToSpans, type EntityType } from "./tags.js";

interface StemStats {
  /** label → count; label is an entity type or "O" */
  labels: Map<string, number>;
  /** types of multi-word spans the stem was part of */
  multi: Set<EntityType>;
}

function sentenceStats(stems: readonly string[], tags: readonly string[]): Map<string, StemStats> {
  const label = new Array<string>(stems.length).fill("O");
  const multi = new Array<EntityType | null>(stems.length).fill(null);
  for (const sp of bioToSpans(tags)) {
    for (let i = sp.start; i < sp.end; i++) {
      label[i] = sp.type;
      if (sp.end - sp.start > 1) multi[i] = sp.type;
    }
  }
  const out = new Map<string, StemStats>();
  stems.forEach((st, i) => {
    if (st.length < 2) return;
    let s = out.get(st);
    if (!s) { s = { labels: new Map(), multi: new Set() }; out.set(st, s); }
    s.labels.set(label[i], (s.labels.get(label[i]) ?? 0) + 1);
    const m = multi[i];
    if (m) s.multi.add(m);
  });
  return out;
}

/**
 * Extra features per token of every sentence of a document.
 * `stems[s][i]`: clitic-stripped stem; `tags[s][i]`: stage-1 BIO tag; sentences within
 * `window` sentences of each other count as one document (Infinity: the whole input).
 */
export function documentFeatures(stems: readonly (readonly string[])[], tags: readonly (readonly string[])[], window: number): string[][][] {
  // stem → its statistics in each sentence that has it, in sentence order
  const occurrences = new Map<string, { s: number; st: StemStats }[]>();
  stems.forEach((st, s) => {
    for (const [stem, stats] of sentenceStats(st, tags[s])) {
      let list = occurrences.get(stem);
      if (!list) { list = []; occurrences.set(stem, list); }
      list.push({ s, st: stats });
    }
  });
  return stems.map((sent, s) => {
    return sent.map((stem, i) => {
      const f: string[] = [`p1=${tags[s][i]}`, `p1@-1=${i > 0 ? tags[s][i - 1] : "<s>"}`, `p1@1=${i + 1 < sent.length ? tags[s][i + 1] : "</s>"}`];
      const list = stem.length < 2 ? undefined : occurrences.get(stem);
      if (!list || list.length < 2) return f; // only in this sentence
      let labels: Map<string, number> | null = null;
      let multi: Set<EntityType> | null = null;
      for (const { s: o, st } of list) {
        if (o === s || o < s - window || o > s + window) continue;
        labels ??= new Map();
        for (const [l, c] of st.labels) labels.set(l, (labels.get(l) ?? 0) + c);
        if (st.multi.size) {
          multi ??= new Set();
          for (const m of st.multi) multi.add(m);
        }
      }
      if (!labels) return f;
      let maj = "O", best = -1;
      for (const [l, c] of labels) if (c > best) { maj = l; best = c; }
      f.push(`dmaj=${maj}`);
      for (const l of labels.keys()) if (l !== "O") f.push(`d=${l}`);
      if (multi) for (const m of multi) f.push(`dm=${m}`);
      return f;
    });
  });
}
