// Observation features of the NER tagger. Every feature is a string ("w=...", "s@-1=...");
// a FeatureIndex maps them to weight rows. Features that depend on one word only
// (its form, stem, affixes, shape, trigger class) are cached per word, because news text
// repeats words and string building is the cost of tagging.
import { normalize } from "../text/normalize.js";
import type { GazetteerSet } from "./gazetteer.js";
import type { TriggerLexicon } from "./triggers.js";

/** Article/preposition+article clusters, longest first: stripped only with ≥2 letters left. */
const ARTICLE_PREFIXES = ["وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];

export interface Stemmed {
  stem: string;
  /** the stripped proclitics, e.g. "وال" ("" when none) */
  prefix: string;
}

/**
 * Conservative proclitic stripping on a normalized word: only clusters that end in the
 * article (وال، بال، لل…) are removed, because a bare و/ب/ل at the start of a name is
 * as often a root letter (وليد، بريطانيا، لندن) as a clitic.
 */
export function stripClitics(norm: string): Stemmed {
  for (const p of ARTICLE_PREFIXES) {
    if (norm.length - p.length >= 2 && norm.startsWith(p)) return { stem: norm.slice(p.length), prefix: p };
  }
  return { stem: norm, prefix: "" };
}

/**
 * A looser stem for lexicon look-ups: also drops a leading conjunction و/ف (وليبيا → ليبيا).
 * Used only as a second try, after the conservative stem found nothing.
 */
export function looseStem(norm: string): string {
  const s = stripClitics(norm);
  if (s.prefix) return s.stem;
  if ((norm[0] === "و" || norm[0] === "ف") && norm.length >= 4) return stripClitics(norm.slice(1)).stem;
  return s.stem;
}

/** Coarse shape of a word: D digits, L Latin, A Arabic, P punctuation, M mixed. */
export function wordShape(word: string): string {
  let a = 0, l = 0, d = 0, p = 0;
  for (const ch of word) {
    const c = ch.codePointAt(0)!;
    if ((c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) d++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) l++;
    else if (c >= 0x620 && c <= 0x6ff) a++;
    else p++;
  }
  const kinds = (a ? 1 : 0) + (l ? 1 : 0) + (d ? 1 : 0) + (p ? 1 : 0);
  if (kinds === 0) return "E";
  if (kinds > 1) return d && p && !a && !l ? "DP" : "M";
  return a ? "A" : l ? "L" : d ? "D" : "P";
}

function lengthBucket(n: number): string {
  return n <= 2 ? String(n) : n <= 4 ? "3-4" : n <= 6 ? "5-6" : n <= 9 ? "7-9" : "10+";
}

/** What the features need to know about one word, computed once per distinct word. */
export interface WordInfo {
  norm: string;
  stem: string;
  prefix: string;
  /** trigger categories of the word (from data/lexicon/ner-triggers.yaml) */
  triggers: readonly string[];
}

export function wordInfo(word: string, triggers: TriggerLexicon): WordInfo {
  const norm = normalize(word);
  const { stem, prefix } = stripClitics(norm);
  return { norm, stem, prefix, triggers: triggers.categoriesOf(norm) };
}

/** Features of a word by itself, wherever it stands. */
export function intrinsicFeatures(word: string, info: WordInfo): string[] {
  const { norm, stem } = info;
  const f = ["b", `w=${norm}`, `s=${stem}`, `pf=${info.prefix}`, `sh=${wordShape(word)}`, `len=${lengthBucket(stem.length)}`];
  for (let k = 1; k <= 4 && k < stem.length; k++) {
    f.push(`a${k}=${stem.slice(0, k)}`, `z${k}=${stem.slice(-k)}`);
  }
  // letter trigrams: transliterated foreign names have tell-tale clusters (e.g. long vowels around consonants)
  const padded = `^${stem}$`;
  for (let k = 0; k + 3 <= padded.length; k++) f.push(`c3=${padded.slice(k, k + 3)}`);
  for (const t of info.triggers) f.push(`tg=${t}`);
  return f;
}

/** The offsets of neighbouring words that feed features of the current token. */
export const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const;

/** Features a word contributes to the token `d` positions away from it. */
export function contextFeatures(info: WordInfo, d: number): string[] {
  const f = [`w@${d}=${info.norm}`, `s@${d}=${info.stem}`];
  if (d >= -2 && d <= 1) for (const t of info.triggers) f.push(`tg@${d}=${t}`);
  if (d === -1 || d === 1) {
    // the shape of the next word generalizes where its identity does not:
    // a nisba adjective (الروسي، والتشيلي) before a name, an article-less word after a first name
    f.push(`pf@${d}=${info.prefix}`, `z1@${d}=${info.stem.slice(-1)}`, `z2@${d}=${info.stem.slice(-2)}`);
  }
  return f;
}

/** Features for a neighbour slot beyond the sentence edge. */
export function edgeFeatures(d: number): string[] {
  return [d < 0 ? `w@${d}=<s>` : `w@${d}=</s>`];
}

/**
 * Features that need the whole sentence: stem bigrams and gazetteer matches
 * ("g<source>=<TYPE>:<B|I>", plus a per-token entity-rate bucket from the training lexicon).
 */
export function sentenceFeatures(infos: readonly WordInfo[], gazetteers: GazetteerSet | null): string[][] {
  const n = infos.length;
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const prev = i > 0 ? infos[i - 1].stem : "<s>";
    const next = i + 1 < n ? infos[i + 1].stem : "</s>";
    out.push([`s-1|s=${prev}|${infos[i].stem}`, `s|s+1=${infos[i].stem}|${next}`]);
  }
  if (gazetteers) {
    const stems = infos.map((x) => x.stem);
    const loose = infos.map((x) => looseStem(x.norm));
    for (const g of gazetteers.sources) {
      for (const m of g.gazetteer.matchAll(stems, loose)) {
        for (let i = m.start; i < m.end; i++) {
          const pos = i === m.start ? "B" : "I";
          out[i].push(`g${g.name}=${m.type}:${pos}`);
          if (m.end - m.start > 1) out[i].push(`g${g.name}=${m.type}:${pos}:multi`);
        }
      }
      for (let i = 0; i < n; i++) {
        const rates = g.gazetteer.tokenRates(stems[i], loose[i]);
        for (const r of rates) {
          out[i].push(`g${g.name}t=${r}`);
          // a known name word next door: the word here is likely the rest of that name
          if (i > 0) out[i - 1].push(`g${g.name}t@1=${r}`);
          if (i + 1 < n) out[i + 1].push(`g${g.name}t@-1=${r}`);
        }
      }
    }
  }
  return out;
}

/** All features of every token of a sentence, as strings (the reference the fast encoder must equal). */
export function featureStrings(
  words: readonly string[],
  triggers: TriggerLexicon,
  gazetteers: GazetteerSet | null,
  extra?: readonly (readonly string[])[],
): string[][] {
  const infos = words.map((w) => wordInfo(w, triggers));
  const sent = sentenceFeatures(infos, gazetteers);
  return words.map((w, i) => {
    const f = intrinsicFeatures(w, infos[i]);
    for (const d of CONTEXT_OFFSETS) {
      const j = i + d;
      f.push(...(j < 0 || j >= words.length ? edgeFeatures(d) : contextFeatures(infos[j], d)));
    }
    f.push(...sent[i]);
    if (extra) f.push(...extra[i]);
    return f;
  });
}

/**
 * Feature string → row index, with per-word caches of the word-local features.
 * Unknown features (not kept at training time) are dropped.
 */
export class FeatureIndex {
  readonly ids: Map<string, number>;
  private readonly triggers: TriggerLexicon;
  private infoCache = new Map<string, WordInfo>();
  private intrinsicCache = new Map<string, Int32Array>();
  private contextCache = new Map<string, Int32Array>();
  private readonly edgeIds = new Map<number, Int32Array>();
  private static readonly CACHE_LIMIT = 200_000;

  constructor(features: readonly string[] | Map<string, number>, triggers: TriggerLexicon) {
    this.ids = features instanceof Map ? features : new Map(features.map((f, i) => [f, i]));
    this.triggers = triggers;
    for (const d of CONTEXT_OFFSETS) this.edgeIds.set(d, this.lookup(edgeFeatures(d)));
  }

  get size(): number {
    return this.ids.size;
  }

  private lookup(feats: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const f of feats) {
      const id = this.ids.get(f);
      if (id !== undefined) out.push(id);
    }
    return Int32Array.from(out);
  }

  private info(word: string): WordInfo {
    let x = this.infoCache.get(word);
    if (!x) {
      if (this.infoCache.size > FeatureIndex.CACHE_LIMIT) this.clearCaches();
      x = wordInfo(word, this.triggers);
      this.infoCache.set(word, x);
    }
    return x;
  }

  private clearCaches(): void {
    this.infoCache.clear();
    this.intrinsicCache.clear();
    this.contextCache.clear();
  }

  /** Clitic-stripped stems of the words (cached), for document features. */
  stems(words: readonly string[]): string[] {
    return words.map((w) => this.info(w).stem);
  }

  /** Feature rows of every token of a sentence; `extra[i]`: more feature strings of token i (document features). */
  encode(words: readonly string[], gazetteers: GazetteerSet | null, extra?: readonly (readonly string[])[]): Int32Array[] {
    const n = words.length;
    const infos = words.map((w) => this.info(w));
    const sent = sentenceFeatures(infos, gazetteers);
    const out: Int32Array[] = [];
    for (let i = 0; i < n; i++) {
      const parts: Int32Array[] = [];
      let intr = this.intrinsicCache.get(words[i]);
      if (!intr) {
        intr = this.lookup(intrinsicFeatures(words[i], infos[i]));
        this.intrinsicCache.set(words[i], intr);
      }
      parts.push(intr);
      for (const d of CONTEXT_OFFSETS) {
        const j = i + d;
        if (j < 0 || j >= n) {
          parts.push(this.edgeIds.get(d)!);
          continue;
        }
        const key = `${d}\u0001${words[j]}`;
        let ctx = this.contextCache.get(key);
        if (!ctx) {
          ctx = this.lookup(contextFeatures(infos[j], d));
          this.contextCache.set(key, ctx);
        }
        parts.push(ctx);
      }
      parts.push(this.lookup(sent[i]));
      if (extra) parts.push(this.lookup(extra[i]));
      let len = 0;
      for (const p of parts) len += p.length;
      const row = new Int32Array(len);
      let k = 0;
      for (const p of parts) {
        row.set(p, k);
        k += p.length;
      }
      out.push(row);
    }
    return out;
  }
}
