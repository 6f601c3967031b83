// Observation features of the NER tagger. Every feature is a string ("w=...", "s@-1=...");
// a FeatureIndex maps them to weight rows. Features that depend on one word only
// (its form, stem, affixes, shape, trigger class) are cached per word, because news text
// repeats words and string building is the cost of tagging.
import { normalize } from "../text/normalize.js";
import type { GazetteerSet } from "./gazetteer.js";
import type { TriggerLexicon } from "./triggers.js";
import type { WordClusters } from "./clusters.js";
import type { WordProfiles } from "./profiles.js";

/** Word tables learned from unlabeled news (clusters.ts, profiles.ts); either may be absent. */
export interface WordTables {
  clusters: WordClusters | null;
  profiles: WordProfiles | null;
}
export const NO_TABLES: WordTables = { clusters: null, profiles: null };
import { addEmissions, type ChainModel } from "./perceptron.js";

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
  /** looseStem(norm): a second try for lexicon look-ups */
  loose: string;
  /** trigger categories of the word (from data/lexicon/ner-triggers.yaml) */
  triggers: readonly string[];
  /** path of the word's cluster (clusters.ts), "" when the word has none */
  cluster: string;
  /** context-profile buckets of the word (profiles.ts) */
  profile: readonly string[];
}

export function wordInfo(word: string, triggers: TriggerLexicon, tables: WordTables = NO_TABLES): WordInfo {
  const { clusters, profiles } = tables;
  const norm = normalize(word);
  const { stem, prefix } = stripClitics(norm);
  const loose = looseStem(norm);
  let cluster = "";
  let tg = triggers.categoriesOf(norm);
  if (clusters) {
    cluster = clusters.pathOf(stem) ?? clusters.pathOf(loose) ?? "";
    // a word news text has never shown whole may be a known word behind a one-letter
    // proclitic (بـ، لـ، كـ، وـ، فـ: "لاسلام", "بايهود"); the unlabeled corpus decides
    if (!cluster && norm.length >= 5 && SINGLE_PROCLITICS.includes(norm[0])) {
      const inner = stripClitics(norm.slice(1)).stem;
      const path = clusters.pathOf(inner);
      if (path) {
        cluster = path;
        if (!tg.length) tg = triggers.categoriesOf(inner);
      }
    }
  }
  let profile: readonly string[] = [];
  if (profiles) {
    profile = profiles.of(stem);
    if (!profile.length && loose !== stem) profile = profiles.of(loose);
  }
  return { norm, stem, prefix, loose, triggers: tg, cluster, profile };
}

/** One-letter proclitics (conjunctions and prepositions) that attach to any word. */
const SINGLE_PROCLITICS = "وفبلك";

/** Cluster features "k<len><tag>=<prefix>" of a path at the given prefix lengths (none for "" or a shorter path). */
function clusterFeatures(path: string, tag: string, lengths: readonly number[]): string[] {
  const out: string[] = [];
  for (const k of lengths) if (path.length >= k) out.push(`k${k}${tag}=${path.slice(0, k)}`);
  return out;
}

/** Entity-rate buckets of a word in each gazetteer ("<source>", "<TYPE>:<hi|mid|lo>"). */
function tokenRates(info: WordInfo, gazetteers: GazetteerSet | null): [string, string][] {
  if (!gazetteers) return [];
  const out: [string, string][] = [];
  for (const g of gazetteers.sources) for (const r of g.gazetteer.tokenRates(info.stem, info.loose)) out.push([g.name, r]);
  return out;
}

/** Features of a word by itself, wherever it stands (given the gazetteers in use). */
export function intrinsicFeatures(word: string, info: WordInfo, gazetteers: GazetteerSet | null = null): string[] {
  const { norm, stem } = info;
  const f = ["b", `w=${norm}`, `s=${stem}`, `pf=${info.prefix}`, `sh=${wordShape(word)}`, `len=${lengthBucket(stem.length)}`];
  for (let k = 1; k <= 4 && k < stem.length; k++) {
    f.push(`a${k}=${stem.slice(0, k)}`, `z${k}=${stem.slice(-k)}`);
  }
  // letter trigrams: transliterated foreign names have tell-tale clusters (e.g. long vowels around consonants)
  const padded = `^${stem}$`;
  for (let k = 0; k + 3 <= padded.length; k++) f.push(`c3=${padded.slice(k, k + 3)}`);
  for (const t of info.triggers) f.push(`tg=${t}`);
  for (const [src, r] of tokenRates(info, gazetteers)) f.push(`g${src}t=${r}`);
  f.push(...clusterFeatures(info.cluster, "", [1, 2, 3, 4]));
  for (const p of info.profile) f.push(`pr=${p}`);
  return f;
}

/** The offsets of neighbouring words that feed features of the current token. */
export const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const;

/** Features a word contributes to the token `d` positions away from it. */
export function contextFeatures(info: WordInfo, d: number, gazetteers: GazetteerSet | null = null): string[] {
  const f = [`w@${d}=${info.norm}`, `s@${d}=${info.stem}`];
  if (d >= -2 && d <= 1) for (const t of info.triggers) f.push(`tg@${d}=${t}`);
  if (d === -1 || d === 1) {
    // the shape of the next word generalizes where its identity does not:
    // a nisba adjective (الروسي، والتشيلي) before a name, an article-less word after a first name
    f.push(`pf@${d}=${info.prefix}`, `z1@${d}=${info.stem.slice(-1)}`, `z2@${d}=${info.stem.slice(-2)}`);
    // a known name word next door: the word here is likely the rest of that name
    for (const [src, r] of tokenRates(info, gazetteers)) f.push(`g${src}t@${d}=${r}`);
    f.push(...clusterFeatures(info.cluster, `@${d}`, [2, 3]));
    for (const p of info.profile) f.push(`pr@${d}=${p}`);
  } else {
    f.push(...clusterFeatures(info.cluster, `@${d}`, [2]));
  }
  return f;
}

/** Features for a neighbour slot beyond the sentence edge. */
export function edgeFeatures(d: number): string[] {
  return [d < 0 ? `w@${d}=<s>` : `w@${d}=</s>`];
}

/** Stem bigram features: the pair (a, b) gives "s|s+1=a|b" to the left word and "s-1|s=a|b" to the right one. */
const LEFT_PAIR = "s|s+1=";
const RIGHT_PAIR = "s-1|s=";
export const bigramLeft = (a: string, b: string) => `${LEFT_PAIR}${a}|${b}`;
export const bigramRight = (a: string, b: string) => `${RIGHT_PAIR}${a}|${b}`;

function bigramFeatures(infos: readonly WordInfo[]): string[][] {
  const n = infos.length;
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const prev = i > 0 ? infos[i - 1].stem : "<s>";
    const next = i + 1 < n ? infos[i + 1].stem : "</s>";
    out.push([bigramRight(prev, infos[i].stem), bigramLeft(infos[i].stem, next)]);
  }
  return out;
}

/** Gazetteer match features ("g<source>=<TYPE>:<B|I>[:multi]"): they need the whole sentence. */
export function matchFeatures(infos: readonly WordInfo[], gazetteers: GazetteerSet | null): string[][] {
  const out: string[][] = infos.map(() => []);
  eachMatchFeature(infos, gazetteers, (i, f) => out[i].push(f));
  return out;
}

/**
 * Each match feature of `matchFeatures` as (token, feature), each token's in the same order.
 * `starts[i]`, if given: bit s set when word i may start a name of source s (see startBits).
 */
function eachMatchFeature(infos: readonly WordInfo[], gazetteers: GazetteerSet | null, use: (i: number, f: string) => void, starts?: readonly number[]): void {
  if (!gazetteers) return;
  const stems = infos.map((x) => x.stem);
  const loose = infos.map((x) => x.loose);
  for (let s = 0; s < gazetteers.sources.length; s++) {
    const g = gazetteers.sources[s];
    const canStart = starts && s < 31 ? (i: number) => (starts[i] & (1 << s)) !== 0 : undefined;
    for (const m of g.gazetteer.matchAll(stems, loose, canStart)) {
      for (let i = m.start; i < m.end; i++) {
        const pos = i === m.start ? "B" : "I";
        use(i, `g${g.name}=${m.type}:${pos}`);
        if (m.end - m.start > 1) use(i, `g${g.name}=${m.type}:${pos}:multi`);
      }
    }
  }
}

/** All features of every token of a sentence, as strings (the reference the fast encoder must equal). */
export function featureStrings(
  words: readonly string[],
  triggers: TriggerLexicon,
  gazetteers: GazetteerSet | null,
  extra?: readonly (readonly string[])[],
  tables: WordTables = NO_TABLES,
): string[][] {
  const infos = words.map((w) => wordInfo(w, triggers, tables));
  const bigrams = bigramFeatures(infos);
  const matches = matchFeatures(infos, gazetteers);
  return words.map((w, i) => {
    const f = intrinsicFeatures(w, infos[i], gazetteers);
    for (const d of CONTEXT_OFFSETS) {
      const j = i + d;
      f.push(...(j < 0 || j >= words.length ? edgeFeatures(d) : contextFeatures(infos[j], d, gazetteers)));
    }
    f.push(...bigrams[i], ...matches[i]);
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
  private readonly tables: WordTables;
  private infoCache = new Map<string, WordInfo>();
  private intrinsicCache = new Map<string, Int32Array>();
  /** one cache per context offset, keyed by the neighbour word */
  private contextCache: Map<string, Int32Array>[] = CONTEXT_OFFSETS.map(() => new Map());
  private readonly edgeIds = new Map<number, Int32Array>();
  /**
   * The model's stem bigram features as stem a → stem b → id, for "s|s+1=a|b" (left) and
   * "s-1|s=a|b" (right). The model keeps a few thousand of them while text has a new pair
   * every few words, so asking this small index beats caching every pair of the text.
   * Built once: `ids` does not change after construction.
   */
  private readonly leftPairs: PairIndex;
  private readonly rightPairs: PairIndex;
  /** the right pairs after the sentence start "<s>" (the first word has no entry before it) */
  private readonly rightOfStart: ReadonlyMap<string, number> | undefined;
  /** per word: info and summed weight vectors of its word-local features, valid for `vecChain` */
  private vecEntries = new Map<string, VecEntry>();
  private vecChain: ChainModel | null = null;
  /** the vectors of `vecEntries`; [arenaUsed, length) is free */
  private arena = new Float64Array(1 << 16);
  private arenaUsed = 0;
  /** the gazetteer set the word-local caches were filled with (their features depend on it) */
  private cachedFor: GazetteerSet | null | undefined = undefined;
  private static readonly CACHE_LIMIT = 200_000;

  constructor(features: readonly string[] | Map<string, number>, triggers: TriggerLexicon, tables: WordTables = NO_TABLES) {
    this.ids = features instanceof Map ? features : new Map(features.map((f, i) => [f, i]));
    this.triggers = triggers;
    this.tables = tables;
    for (const d of CONTEXT_OFFSETS) this.edgeIds.set(d, this.lookup(edgeFeatures(d)));
    this.leftPairs = pairIndex(this.ids, LEFT_PAIR);
    this.rightPairs = pairIndex(this.ids, RIGHT_PAIR);
    this.rightOfStart = this.rightPairs.get("<s>");
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
      x = wordInfo(word, this.triggers, this.tables);
      this.infoCache.set(word, x);
    }
    return x;
  }

  private clearCaches(): void {
    this.infoCache.clear();
    this.vecEntries.clear();
    this.arenaUsed = 0;
    this.intrinsicCache.clear();
    for (const c of this.contextCache) c.clear();
  }

  /** Clitic-stripped stems of the words (cached), for document features. */
  stems(words: readonly string[]): string[] {
    return words.map((w) => this.info(w).stem);
  }

  /** The feature-id groups of each token (cached word-local parts + sentence-level part). */
  private tokenParts(words: readonly string[], gazetteers: GazetteerSet | null, extra?: readonly (readonly string[])[]): Int32Array[][] {
    const n = words.length;
    if (gazetteers !== this.cachedFor) {
      this.intrinsicCache.clear();
      for (const c of this.contextCache) c.clear();
      this.cachedFor = gazetteers;
    }
    const infos = words.map((w) => this.info(w));
    const matches = matchFeatures(infos, gazetteers);
    const out: Int32Array[][] = [];
    for (let i = 0; i < n; i++) {
      const parts: Int32Array[] = [];
      let intr = this.intrinsicCache.get(words[i]);
      if (!intr) {
        intr = this.lookup(intrinsicFeatures(words[i], infos[i], gazetteers));
        this.intrinsicCache.set(words[i], intr);
      }
      parts.push(intr);
      for (let k = 0; k < CONTEXT_OFFSETS.length; k++) {
        const d = CONTEXT_OFFSETS[k];
        const j = i + d;
        if (j < 0 || j >= n) {
          parts.push(this.edgeIds.get(d)!);
          continue;
        }
        const cache = this.contextCache[k];
        let ctx = cache.get(words[j]);
        if (!ctx) {
          ctx = this.lookup(contextFeatures(infos[j], d, gazetteers));
          cache.set(words[j], ctx);
        }
        parts.push(ctx);
      }
      const bi: number[] = [];
      const right = pairId(this.rightPairs, i > 0 ? infos[i - 1].stem : "<s>", infos[i].stem);
      if (right >= 0) bi.push(right);
      const left = pairId(this.leftPairs, infos[i].stem, i + 1 < n ? infos[i + 1].stem : "</s>");
      if (left >= 0) bi.push(left);
      parts.push(Int32Array.from(bi));
      if (matches[i].length) parts.push(this.lookup(matches[i]));
      if (extra) parts.push(this.lookup(extra[i]));
      out.push(parts);
    }
    return out;
  }

  /** Feature rows of every token of a sentence; `extra[i]`: more feature strings of token i (document features). */
  encode(words: readonly string[], gazetteers: GazetteerSet | null, extra?: readonly (readonly string[])[]): Int32Array[] {
    return this.tokenParts(words, gazetteers, extra).map((parts) => {
      let len = 0;
      for (const p of parts) len += p.length;
      const row = new Int32Array(len);
      let k = 0;
      for (const p of parts) {
        row.set(p, k);
        k += p.length;
      }
      return row;
    });
  }

  /**
   * Emission scores (n × nTags) of a sentence under `chain`: the tagging hot path. Word-local
   * features are cached as their summed weight vector, so a token costs a handful of vector adds.
   * Each token's scores are summed in a fixed order (word-local vectors, edges, bigrams, gazetteer
   * matches, extra features): floating-point sums depend on it, and `encode` + `addEmissions` must agree.
   */
  emissions(chain: ChainModel, words: readonly string[], gazetteers: GazetteerSet | null, extra?: readonly (readonly string[])[]): Float64Array {
    const T = chain.nTags;
    const n = words.length;
    if (gazetteers !== this.cachedFor || chain !== this.vecChain || this.vecEntries.size > FeatureIndex.CACHE_LIMIT) {
      this.intrinsicCache.clear();
      for (const c of this.contextCache) c.clear();
      this.vecEntries.clear();
      this.arenaUsed = 0;
      this.cachedFor = gazetteers;
      this.vecChain = chain;
    }
    const block = VECTORS_PER_WORD * T;
    // one map look-up per token: the entry holds the word's info and where its vectors live
    const entries: VecEntry[] = new Array(n);
    const infos: WordInfo[] = new Array(n);
    const starts: number[] = new Array(n);
    for (let i = 0; i < n; i++) {
      let e = this.vecEntries.get(words[i]);
      if (!e) {
        const info = wordInfo(words[i], this.triggers, this.tables);
        e = {
          info,
          at: this.allocate(block),
          done: 0,
          leftPairs: this.leftPairs.get(info.stem),
          rightPairs: this.rightPairs.get(info.stem),
          starts: startBits(info, gazetteers),
        };
        this.vecEntries.set(words[i], e);
      }
      entries[i] = e;
      infos[i] = e.info;
      starts[i] = e.starts;
    }
    // no allocation from here on, so the arena stays put
    const arena = this.arena;
    const emit = chain.emit;
    const out = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      const off = i * T;
      const e = entries[i];
      if (!(e.done & 1)) this.sumInto(chain, intrinsicFeatures(words[i], e.info, gazetteers), e, 0);
      for (let t = 0; t < T; t++) out[off + t] += arena[e.at + t];
      for (let k = 0; k < CONTEXT_OFFSETS.length; k++) {
        const d = CONTEXT_OFFSETS[k];
        const j = i + d;
        if (j < 0 || j >= n) {
          addEmissions(chain, this.edgeIds.get(d)!, out, off);
          continue;
        }
        const ej = entries[j];
        if (!(ej.done & (2 << k))) this.sumInto(chain, contextFeatures(ej.info, d, gazetteers), ej, k + 1);
        const at = ej.at + (k + 1) * T;
        for (let t = 0; t < T; t++) out[off + t] += arena[at + t];
      }
      // pair (i-1, i) gives word i its "s-1|s" feature; pair (i, i+1) its "s|s+1" feature
      const right = (i > 0 ? entries[i - 1].rightPairs : this.rightOfStart)?.get(e.info.stem);
      if (right !== undefined) addRow(emit, right, out, off, T);
      const left = e.leftPairs?.get(i + 1 < n ? infos[i + 1].stem : "</s>");
      if (left !== undefined) addRow(emit, left, out, off, T);
    }
    eachMatchFeature(infos, gazetteers, (i, f) => {
      const id = this.ids.get(f);
      if (id !== undefined) addRow(emit, id, out, i * T, T);
    }, starts);
    if (extra) {
      for (let i = 0; i < n; i++) {
        for (const f of extra[i]) {
          const id = this.ids.get(f);
          if (id !== undefined) addRow(emit, id, out, i * T, T);
        }
      }
    }
    return out;
  }

  /** Room for `size` floats in the arena, grown by doubling (entries keep offsets, so moving is safe). */
  private allocate(size: number): number {
    if (this.arenaUsed + size > this.arena.length) {
      const grown = new Float64Array(Math.max(2 * this.arena.length, this.arenaUsed + size));
      grown.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = grown;
    }
    const at = this.arenaUsed;
    this.arenaUsed += size;
    return at;
  }

  /** Sum the weights of `feats` into vector `slot` of the entry (the arena is reused after a reset: zero it first). */
  private sumInto(chain: ChainModel, feats: readonly string[], e: VecEntry, slot: number): void {
    const at = e.at + slot * chain.nTags;
    this.arena.fill(0, at, at + chain.nTags);
    addEmissions(chain, this.lookup(feats), this.arena, at);
    e.done |= 1 << slot;
  }
}

/** Intrinsic vector, then one per context offset. */
const VECTORS_PER_WORD = 1 + CONTEXT_OFFSETS.length;

/**
 * Per-word cache of the fast path: the word's info and its summed weight vectors, which live
 * side by side in one shared arena rather than in small arrays of their own (scattered in
 * memory, they cost cache misses on every token).
 */
interface VecEntry {
  info: WordInfo;
  /** arena offset of the word's VECTORS_PER_WORD vectors of nTags floats */
  at: number;
  /** bit k set: vector k is summed (it is filled on first use) */
  done: number;
  /** the bigram features that start with the word's stem (see FeatureIndex.leftPairs) */
  leftPairs: ReadonlyMap<string, number> | undefined;
  rightPairs: ReadonlyMap<string, number> | undefined;
  /** bit s set: the word may start a name of gazetteer source s */
  starts: number;
}

/** Which gazetteer sources have a name that the word (by stem or loose stem) may start, as bits. */
function startBits(info: WordInfo, gazetteers: GazetteerSet | null): number {
  let bits = 0;
  gazetteers?.sources.forEach((g, s) => {
    if (s < 31 && (g.gazetteer.startsName(info.stem) || g.gazetteer.startsName(info.loose))) bits |= 1 << s;
  });
  return bits;
}

/** Add emission row `id` to `out[off .. off + T)`. */
function addRow(emit: Float32Array, id: number, out: Float64Array, off: number, T: number): void {
  const base = id * T;
  for (let t = 0; t < T; t++) out[off + t] += emit[base + t];
}

/** stem a → stem b → feature id of one kind of stem bigram feature */
type PairIndex = Map<string, Map<string, number>>;

/**
 * The features `${prefix}${a}|${b}` of `ids`, indexed by a then b. A stem may itself hold
 * "|", so every split of the feature is entered: (a, b) is found exactly when the string
 * `${prefix}${a}|${b}` is a feature.
 */
function pairIndex(ids: ReadonlyMap<string, number>, prefix: string): PairIndex {
  const out: PairIndex = new Map();
  for (const [f, id] of ids) {
    if (!f.startsWith(prefix)) continue;
    for (let bar = f.indexOf("|", prefix.length); bar >= 0; bar = f.indexOf("|", bar + 1)) {
      const a = f.slice(prefix.length, bar);
      let m = out.get(a);
      if (!m) { m = new Map(); out.set(a, m); }
      m.set(f.slice(bar + 1), id);
    }
  }
  return out;
}

function pairId(index: PairIndex, a: string, b: string): number {
  return index.get(a)?.get(b) ?? -1;
}
