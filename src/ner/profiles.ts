// Context profiles: for each word of a large unlabeled news corpus, how often it stands right
// after a trigger word of each class (a person title or given name, an organisation head, a
// place noun) or right before one (a speech verb, a nationality adjective). A word that
// follows "نادي" or "شركة" in 30% of ten thousand sentences is an organisation name wherever it
// appears, even in a sentence that gives no clue: distant supervision from the trigger lexicon.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import type { TriggerLexicon } from "./triggers.js";

export const DEFAULT_PROFILES_PATH = fileURLToPath(new URL("../../data/ner/profiles.tsv.gz", import.meta.url));

/** Which neighbouring trigger classes make a profile, and on which side of the word. */
export const PROFILE_SLOTS: readonly { name: string; side: -1 | 1; categories: readonly string[] }[] = [
  { name: "per", side: -1, categories: ["person_title", "given_name"] },
  { name: "org", side: -1, categories: ["org"] },
  { name: "loc", side: -1, categories: ["location"] },
  { name: "say", side: 1, categories: ["person_verb"] },
  { name: "nat", side: 1, categories: ["nationality"] },
];

/** Rate → bucket letter (h ≥ 30%, m ≥ 10%, l ≥ 2%), or "" below. */
export function rateBucket(rate: number): string {
  return rate >= 0.3 ? "h" : rate >= 0.1 ? "m" : rate >= 0.02 ? "l" : "";
}

/** stem → its profile features ("per:h", "org:l"…). */
export class WordProfiles {
  readonly table: Map<string, readonly string[]>;
  constructor(table: Map<string, readonly string[]>) {
    this.table = table;
  }
  get size(): number {
    return this.table.size;
  }
  of(stem: string): readonly string[] {
    return this.table.get(stem) ?? [];
  }
  /** "stem\tper:h org:l" lines, sorted by stem. */
  toTsv(): string {
    return [...this.table].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s, p]) => `${s}\t${p.join(" ")}`).join("\n") + "\n";
  }
  static fromTsv(text: string): WordProfiles {
    const m = new Map<string, readonly string[]>();
    for (const line of text.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) m.set(line.slice(0, tab), line.slice(tab + 1).split(" ").filter(Boolean));
    }
    return new WordProfiles(m);
  }
}

export function loadProfiles(path: string = DEFAULT_PROFILES_PATH): WordProfiles | null {
  if (!existsSync(path)) return null;
  return WordProfiles.fromTsv(gunzipSync(readFileSync(path)).toString("utf8"));
}

/**
 * Profiles of the words of `docs` (stems in text order) seen at least `minCount` times;
 * words with no bucket in any slot are left out.
 */
export function buildProfiles(docs: Iterable<readonly string[]>, triggers: TriggerLexicon, minCount = 5): WordProfiles {
  const total = new Map<string, number>();
  const hits = PROFILE_SLOTS.map(() => new Map<string, number>());
  const catCache = new Map<string, readonly string[]>();
  const cats = (s: string) => {
    let c = catCache.get(s);
    if (!c) { c = triggers.categoriesOf(s); catCache.set(s, c); }
    return c;
  };
  for (const d of docs) {
    for (let i = 0; i < d.length; i++) {
      total.set(d[i], (total.get(d[i]) ?? 0) + 1);
      PROFILE_SLOTS.forEach((slot, k) => {
        const j = i + slot.side;
        if (j < 0 || j >= d.length) return;
        const c = cats(d[j]);
        if (c.length && slot.categories.some((x) => c.includes(x))) hits[k].set(d[i], (hits[k].get(d[i]) ?? 0) + 1);
      });
    }
  }
  const table = new Map<string, readonly string[]>();
  for (const [stem, n] of total) {
    if (n < minCount || !/\p{L}/u.test(stem)) continue;
    const f: string[] = [];
    PROFILE_SLOTS.forEach((slot, k) => {
      const b = rateBucket((hits[k].get(stem) ?? 0) / n);
      if (b) f.push(`${slot.name}:${b}`);
    });
    if (f.length) table.set(stem, f);
  }
  return new WordProfiles(table);
}
