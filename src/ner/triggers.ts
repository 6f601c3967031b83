// Trigger words (titles, place nouns, organisation heads, speech verbs) from
// data/lexicon/ner-triggers.yaml, looked up by normalized, clitic-stripped form.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { normalize } from "../text/normalize.js";
import { looseStem, stripClitics } from "./features.js";

export const DEFAULT_TRIGGERS_PATH = new URL("../../data/lexicon/ner-triggers.yaml", import.meta.url);

export class TriggerLexicon {
  private readonly byKey = new Map<string, string[]>();
  /** "category\u0000normalized form as listed" */
  private readonly forms = new Set<string>();
  readonly categories: string[];
  private readonly lists: Record<string, readonly string[]>;

  /** `lists`: category → words in ordinary spelling. */
  constructor(lists: Record<string, readonly string[]>) {
    this.lists = lists;
    this.categories = Object.keys(lists);
    for (const [cat, words] of Object.entries(lists)) {
      for (const w of words) {
        this.forms.add(`${cat}\u0000${normalize(w)}`);
        const key = stripClitics(normalize(w)).stem;
        const cats = this.byKey.get(key) ?? [];
        if (!cats.includes(cat)) cats.push(cat);
        this.byKey.set(key, cats);
      }
    }
  }

  /** Categories of a normalized word; tries the conservative stem, then the loose one (و/ف dropped). */
  categoriesOf(norm: string): readonly string[] {
    const a = this.byKey.get(stripClitics(norm).stem);
    const loose = looseStem(norm);
    const b = this.byKey.get(loose);
    if (a && b && a !== b) return [...new Set([...a, ...b])];
    return a ?? b ?? [];
  }

  has(norm: string, category: string): boolean {
    return this.categoriesOf(norm).includes(category);
  }

  /**
   * True when the word is one of the category's words in the form listed, up to a leading
   * conjunction and the preposition+article clusters (وللرئيس ~ الرئيس), or a listed bare form
   * with the article (الوزير ~ وزير); but the article is never assumed: a listed "الأمين"
   * (a title) does not make "أمين" (a given name) one.
   */
  hasForm(norm: string, category: string): boolean {
    const bare = (norm[0] === "و" || norm[0] === "ف") && norm.length >= 4 ? norm.slice(1) : norm;
    const candidates = [norm, bare];
    for (const w of [norm, bare]) {
      const s = stripClitics(w);
      // with an article in the word, both the article form and a bare listed form count
      if (s.prefix) candidates.push(`ال${s.stem}`, s.stem);
    }
    return candidates.some((c) => this.forms.has(`${category}\u0000${c}`));
  }

  /** Serializable form, so a model file carries the lexicon it was trained with. */
  toJSON(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const c of this.categories) out[c] = [...this.lists[c]];
    return out;
  }
}

export const DEFAULT_COUNTRIES_PATH = new URL("../../data/lexicon/countries.yaml", import.meta.url);

/**
 * Nationality adjectives (الليبي، الإيطالية…) from the country list's `adj` lists: a
 * nationality right before a word is a strong sign of a person's name (الروسي إيغور …) or
 * of the end of a title. Empty when the file is absent or has no such lists.
 */
export function nationalityAdjectives(path: string | URL = DEFAULT_COUNTRIES_PATH): string[] {
  if (!existsSync(path)) return [];
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, "utf8"));
  } catch {
    return [];
  }
  const out = new Set<string>();
  for (const rec of Array.isArray(doc) ? doc : []) {
    const adj = rec && typeof rec === "object" ? (rec as Record<string, unknown>).adj : null;
    if (!adj || typeof adj !== "object") continue;
    for (const forms of Object.values(adj as Record<string, unknown>)) {
      if (Array.isArray(forms)) for (const f of forms) if (typeof f === "string" && f.trim()) out.add(f.trim());
    }
  }
  return [...out];
}

/**
 * Load the trigger lexicon; every value must be a list of strings. When `countriesPath` is
 * given (training does), its nationality adjectives become the "nationality" category.
 */
export function loadTriggers(path: string | URL = DEFAULT_TRIGGERS_PATH, countriesPath?: string | URL): TriggerLexicon {
  const doc = parse(readFileSync(path, "utf8")) as unknown;
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new Error(`${String(path)}: expected a map of category → word list`);
  const lists: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string" && x.trim())) {
      throw new Error(`${String(path)}: category "${k}" must be a list of non-empty strings`);
    }
    lists[k] = v as string[];
  }
  if (countriesPath) {
    const nat = nationalityAdjectives(countriesPath);
    if (nat.length) lists.nationality = nat;
  }
  return new TriggerLexicon(lists);
}
