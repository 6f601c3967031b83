// Gazetteers: entity names as sequences of clitic-stripped stems, matched longest-first.
// Three sources feed the tagger and the combination step: names seen in the training
// split, the project knowledge base (data/kb/{people,orgs,places}/*.yaml) and the
// country list (data/lexicon/countries.yaml). KB and country files are optional.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { normalize, normWords } from "../text/normalize.js";
import { looseStem, stripClitics } from "./features.js";
import { bioToSpans, type EntityType } from "./tags.js";
import type { TaggedSentence } from "./conll.js";

export interface GazetteerMatch {
  start: number;
  end: number;
  type: EntityType;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  types?: Map<EntityType, number>;
}

function majority(types: Map<EntityType, number>): EntityType {
  let best: EntityType = "MISC";
  let n = -1;
  for (const [t, c] of types) if (c > n) { best = t; n = c; }
  return best;
}

export class Gazetteer {
  private readonly root: TrieNode = { next: new Map() };
  /** per stem: how often it was part of an entity of each type, and how often it occurred at all */
  private readonly tokenTypes = new Map<string, Map<EntityType, number>>();
  private readonly tokenTotal = new Map<string, number>();
  /**
   * True when every token of a corpus was counted (the training-split gazetteer): then a word
   * never seen there, or seen once or twice, is worth knowing about, since most such words in
   * news are names.
   */
  vocabulary = false;
  entries = 0;

  /** Add a name given as stems. */
  add(stems: readonly string[], type: EntityType, count = 1): void {
    if (!stems.length) return;
    let node = this.root;
    for (const s of stems) {
      let nx = node.next.get(s);
      if (!nx) { nx = { next: new Map() }; node.next.set(s, nx); }
      node = nx;
    }
    if (!node.types) { node.types = new Map(); this.entries++; }
    node.types.set(type, (node.types.get(type) ?? 0) + count);
  }

  /** Add a name in ordinary spelling (KB, lexicons). */
  addName(name: string, type: EntityType): void {
    const stems = normWords(name).map((w) => stripClitics(w).stem);
    // a one-word name that strips to two letters (بالاو → او) would match function words
    if (stems.length === 1 && stems[0].length < 3) return;
    this.add(stems, type);
    // every word of a curated name is evidence by itself (a known surname, a known first name)
    for (const st of new Set(stems)) if (st.length >= 3) this.countToken(st, type);
  }

  /** Record that a token stem occurred, inside an entity of `type` or outside (null). */
  countToken(stem: string, type: EntityType | null): void {
    this.tokenTotal.set(stem, (this.tokenTotal.get(stem) ?? 0) + 1);
    if (type) {
      let m = this.tokenTypes.get(stem);
      if (!m) { m = new Map(); this.tokenTypes.set(stem, m); }
      m.set(type, (m.get(type) ?? 0) + 1);
    }
  }

  /** Type of an exact full-name match (stems), or null. */
  lookup(stems: readonly string[]): EntityType | null {
    let node: TrieNode | undefined = this.root;
    for (const s of stems) {
      node = node.next.get(s);
      if (!node) return null;
    }
    return node.types ? majority(node.types) : null;
  }

  /** Whether some name starts with the stem: callers may remember it per word and tell `matchAll` (canStart). */
  startsName(stem: string): boolean {
    return this.root.next.has(stem);
  }

  /**
   * Non-overlapping longest matches, left to right. The first word of a match may also be
   * matched by its loose stem (a leading و/ف dropped), since names often carry a conjunction.
   * `canStart(i)` false: neither stem nor loose stem of word i starts a name (a cached
   * startsName answer, which spares the look-ups).
   */
  matchAll(stems: readonly string[], loose?: readonly string[], canStart?: (i: number) => boolean): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < stems.length) {
      if (canStart && !canStart(i)) { i++; continue; }
      let best: GazetteerMatch | null = null;
      const firsts = loose && loose[i] !== stems[i] ? [stems[i], loose[i]] : [stems[i]];
      for (const first of firsts) {
        let node = this.root.next.get(first);
        let j = i + 1;
        while (node) {
          if (node.types && (!best || j > best.end)) best = { start: i, end: j, type: majority(node.types) };
          if (j >= stems.length) break;
          node = node.next.get(stems[j]);
          j++;
        }
      }
      if (best) { out.push(best); i = best.end; } else i++;
    }
    return out;
  }

  /** Plain-data form for model files: names as space-joined stems, token statistics of typed stems. */
  toJSON(): GazetteerJSON {
    const names: [string, EntityType, number][] = [];
    const walk = (node: TrieNode, path: string[]) => {
      if (node.types) for (const [t, c] of node.types) names.push([path.join(" "), t, c]);
      for (const [k, nx] of node.next) walk(nx, [...path, k]);
    };
    walk(this.root, []);
    const tokens: [string, number, Partial<Record<EntityType, number>>][] = [];
    if (this.vocabulary) {
      for (const [stem, total] of this.tokenTotal) tokens.push([stem, total, Object.fromEntries(this.tokenTypes.get(stem) ?? [])]);
    } else {
      for (const [stem, types] of this.tokenTypes) tokens.push([stem, this.tokenTotal.get(stem) ?? 0, Object.fromEntries(types)]);
    }
    return { names, tokens, vocabulary: this.vocabulary };
  }

  static fromJSON(j: GazetteerJSON): Gazetteer {
    const g = new Gazetteer();
    for (const [name, type, count] of j.names) g.add(name.split(" "), type, count);
    for (const [stem, total, types] of j.tokens) {
      g.tokenTotal.set(stem, total);
      const entries = Object.entries(types) as [EntityType, number][];
      if (entries.length) g.tokenTypes.set(stem, new Map(entries));
    }
    g.vocabulary = j.vocabulary ?? false;
    return g;
  }

  /**
   * Entity-rate features of one token: "<TYPE>:<hi|mid|lo>" for each type it was seen with;
   * for a vocabulary gazetteer also "new" (never seen) or "rare" (seen at most twice, never as a name).
   */
  tokenRates(stem: string, loose?: string): string[] {
    let key = stem;
    let types = this.tokenTypes.get(key);
    if (!types && loose && loose !== stem) { key = loose; types = this.tokenTypes.get(key); }
    if (!types) {
      if (!this.vocabulary) return [];
      const seen = Math.max(this.tokenTotal.get(stem) ?? 0, loose ? this.tokenTotal.get(loose) ?? 0 : 0);
      return seen === 0 ? ["new"] : seen <= 2 ? ["rare"] : [];
    }
    const total = this.tokenTotal.get(key) ?? 1;
    const out: string[] = [];
    for (const [t, c] of types) {
      const r = c / total;
      out.push(`${t}:${r >= 0.8 ? "hi" : r >= 0.4 ? "mid" : "lo"}`);
    }
    return out;
  }
}

export interface GazetteerJSON {
  names: [string, EntityType, number][];
  tokens: [string, number, Partial<Record<EntityType, number>>][];
  vocabulary?: boolean;
}

export interface GazetteerSource {
  /** short tag used in feature names: "t" training names, "k" knowledge base, "c" countries */
  name: string;
  gazetteer: Gazetteer;
}

export interface GazetteerSet {
  sources: GazetteerSource[];
}

/**
 * A gazetteer of the entities in tagged sentences. A one-word name enters only when the word
 * is an entity in at least half of its occurrences, so common words tagged once do not fire.
 */
export function gazetteerFromTagged(sentences: readonly TaggedSentence[]): Gazetteer {
  const g = new Gazetteer();
  g.vocabulary = true;
  const names: { stems: string[]; type: EntityType }[] = [];
  for (const s of sentences) {
    const stems = s.words.map((w) => stripClitics(normalize(w)).stem);
    const inside = new Array<EntityType | null>(stems.length).fill(null);
    for (const sp of bioToSpans(s.tags)) {
      for (let i = sp.start; i < sp.end; i++) inside[i] = sp.type;
      names.push({ stems: stems.slice(sp.start, sp.end), type: sp.type });
    }
    stems.forEach((st, i) => g.countToken(st, inside[i]));
  }
  for (const n of names) {
    if (n.stems.length === 1) {
      const rates = g.tokenRates(n.stems[0]);
      if (!rates.some((r) => r.endsWith(":hi") || r.endsWith(":mid"))) continue;
    }
    g.add(n.stems, n.type);
  }
  return g;
}

/** Strings under `name`, `names`, `variants`, `aliases` of a KB record (any of them may be missing). */
function namesOf(rec: unknown): string[] {
  if (!rec || typeof rec !== "object") return [];
  const r = rec as Record<string, unknown>;
  const out: string[] = [];
  for (const key of ["name", "name_ar", "ar", "names", "variants", "aliases"]) {
    const v = r[key];
    if (typeof v === "string") {
      out.push(v);
    } else if (Array.isArray(v)) {
      for (const x of v) if (typeof x === "string") out.push(x);
    } else if (v && typeof v === "object") {
      for (const x of Object.values(v)) if (typeof x === "string") out.push(x);
    }
  }
  // only Arabic names help an Arabic tagger
  return out.filter((s) => /[\u0600-\u06ff]/.test(s));
}

/** Records of a YAML document: a single record, a list, or a map whose values are records. */
function recordsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (doc && typeof doc === "object") {
    const d = doc as Record<string, unknown>;
    if ("name" in d || "variants" in d) return [d];
    const out: unknown[] = [];
    for (const v of Object.values(d)) out.push(...(Array.isArray(v) ? v : [v]));
    return out;
  }
  return [];
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

function addFile(g: Gazetteer, file: string, type: EntityType): void {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, "utf8"));
  } catch {
    return; // a half-written KB file must not break tagging
  }
  for (const rec of recordsOf(doc)) for (const n of namesOf(rec)) g.addName(n, type);
}

/** Gazetteer of the knowledge base under `kbDir` (people → PERS, orgs → ORG, places → LOC); empty when absent. */
export function loadKbGazetteer(kbDir: string): Gazetteer {
  const g = new Gazetteer();
  const dirs: [string, EntityType][] = [["people", "PERS"], ["orgs", "ORG"], ["places", "LOC"]];
  for (const [sub, type] of dirs) for (const f of yamlFiles(join(kbDir, sub))) addFile(g, f, type);
  return g;
}

/** Gazetteer of the country list (all LOC); empty when the file is absent. */
export function loadCountryGazetteer(file: string): Gazetteer {
  const g = new Gazetteer();
  if (existsSync(file)) addFile(g, file, "LOC");
  return g;
}

export { looseStem };
