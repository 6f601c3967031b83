// Country names and nationality adjectives (data/lexicon/countries.yaml): "الإيطالي",
// "الإيطالية", "إيطاليا" → IT. A title's adjective is how Arabic news says whose official
// someone is ("وزير الداخلية الإيطالي").
import { normalize } from "../text/normalize.js";
import { lexiconExists, readLexicon, PhraseTrie, phraseWords } from "./lexicon.js";

interface CountryEntry {
  code: string;
  kind?: string;
  en?: string;
  ar?: string[];
  adj?: { m?: string[]; f?: string[]; pl?: string[] };
  capital?: string;
}

export interface CountryLexicon {
  /** normalized adjective (with or without ال) → code */
  adjectives: Map<string, string>;
  /** the adjectives' forms as a set, for word-form lookups */
  adjectiveSet: Set<string>;
  /** country names as word sequences → code */
  names: PhraseTrie<string>;
  /** normalized single-word names → code (fast path) */
  singleNames: Map<string, string>;
  english: Map<string, string>;
  /** codes of bodies above states (UN, EU, AU …: `kind: supranational`) */
  supranational: Set<string>;
  /** code → the knowledge base's place id of its capital ("العاصمة الإيطالية" is Rome) */
  capitals: Map<string, string>;
}

let cached: CountryLexicon | undefined;

export function countryLexicon(): CountryLexicon {
  if (cached) return cached;
  const adjectives = new Map<string, string>();
  const names = new PhraseTrie<string>();
  const singleNames = new Map<string, string>();
  const english = new Map<string, string>();
  const supranational = new Set<string>();
  const capitals = new Map<string, string>();
  const raw = lexiconExists("countries.yaml") ? readLexicon<unknown>("countries.yaml") : [];
  const entries: CountryEntry[] = Array.isArray(raw)
    ? (raw as CountryEntry[])
    : ((raw as { countries?: CountryEntry[] }).countries ?? []);
  for (const e of entries) {
    if (!e?.code) continue;
    if (e.en) english.set(e.code, e.en);
    if (e.kind === "supranational") supranational.add(e.code);
    if (e.capital) capitals.set(e.code, e.capital);
    // the dual and sound plural of a nisba adjective are regular: الإيطالي → الإيطاليان/الإيطاليين/
    // الإيطاليون, الإيطالية → الإيطاليتان/الإيطاليتين ("وزيرا الدفاع والداخلية الإيطاليان")
    const regular = [
      ...(e.adj?.m ?? []).filter((a) => a.endsWith("ي")).flatMap((a) => [a + "ان", a + "ين", a + "ون"]),
      ...(e.adj?.f ?? []).filter((a) => a.endsWith("ية")).flatMap((a) => [a.slice(0, -1) + "تان", a.slice(0, -1) + "تين"]),
    ];
    for (const a of [...(e.adj?.m ?? []), ...(e.adj?.f ?? []), ...(e.adj?.pl ?? []), ...regular]) {
      const n = normalize(a).trim();
      if (!n) continue;
      adjectives.set(n, e.code);
      // both definite and indefinite forms: الإيطالي ↔ إيطالي
      if (n.startsWith("ال")) adjectives.set(n.slice(2), e.code);
      else adjectives.set("ال" + n, e.code);
    }
    for (const name of e.ar ?? []) {
      const words = phraseWords(name);
      if (!words.length) continue;
      names.add(words, e.code);
      if (words.length === 1) singleNames.set(words[0], e.code);
    }
  }
  cached = { adjectives, adjectiveSet: new Set(adjectives.keys()), names, singleNames, english, supranational, capitals };
  return cached;
}
