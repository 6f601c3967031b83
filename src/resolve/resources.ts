// Everything the extractor loads once and shares across articles: the knowledge base (as a
// gazetteer over its names and a title resolver over its offices), place records,
// transliteration for names the base lacks, and (when its model is present) the NER tagger.
// Cached per set of user KB files.
import type { Place } from "../types.js";
import { loadKb, type Kb } from "./kb/index.js";
import { officeTitlesAt, resolveTitle } from "./titles.js";
import { nameKeyOfWord } from "./namekey.js";
import { transliterate } from "./translit.js";
import { Gazetteer, type GazetteerRecord } from "./gazetteer.js";
import type { TitleResolver } from "../extract/coref.js";
import type { Word } from "../extract/words.js";
import { mentionLexicon } from "../extract/mentions.js";
import { existsSync } from "node:fs";
import { DEFAULT_MODEL_PATH, loadTagger } from "../ner/tagger.js";

export interface Resources {
  kb: Kb;
  gazetteer: Gazetteer;
  titles: TitleResolver;
  place(id: string): { place: Place; kind?: string; ambiguous?: boolean } | null;
  transliterate: (name: string) => string;
  nerPersons?: (words: Word[]) => { start: number; end: number; type: string }[];
}

const cache = new Map<string, Resources>();

export function loadResources(opts: { kbFiles?: string[]; ner?: boolean } = {}): Resources {
  const key = JSON.stringify([opts.kbFiles ?? [], opts.ner ?? null]);
  const hit = cache.get(key);
  if (hit) return hit;
  const kb = loadKb({ extraFiles: opts.kbFiles });
  const problems = kb.loadProblems;
  if (problems.length && opts.kbFiles?.length) {
    const mine = problems.filter((p) => opts.kbFiles!.some((f) => p.file.endsWith(f) || f.endsWith(p.file)));
    if (mine.length) throw new Error(`knowledge base file problems:\n${mine.map((p) => `  ${p.file}: ${p.id ? p.id + ": " : ""}${p.message}`).join("\n")}`);
  }
  const records: GazetteerRecord[] = [
    ...kb.people.map((p) => ({ id: p.id, kind: "person" as const, names: [p.name, ...(p.variants ?? [])], surnameOk: p.surname_ok, rank: 100 - (p.prominence ?? 0) })),
    ...kb.orgs.map((o) => ({ id: o.id, kind: "org" as const, names: [o.name, ...(o.variants ?? [])], abbr: o.abbr })),
    ...kb.places.map((p) => ({ id: p.id, kind: "place" as const, names: [p.name, ...(p.variants ?? [])] })),
  ];
  // a surname that is also an ordinary word never links alone ("سلامة" is also "safety")
  const L = mentionLexicon();
  const gazetteer = new Gazetteer(records, (w) => nameKeyOfWord(w) || w, {
    stop: new Set([...L.stop, ...L.common, ...L.ambiguous, ...L.months]),
    noFuzzyStart: new Set([...L.stop, ...L.common].filter((w) => !L.ambiguous.has(w))),
    particles: L.nameParticles,
    ambiguous: L.ambiguous,
  });
  gazetteer.countryOf = (id) => kb.personById.get(id)?.country;
  const R: Resources = {
    kb,
    gazetteer,
    titles: {
      resolve(title, country, date) {
        const p = resolveTitle(kb, title, { country, date });
        if (!p) return null;
        // "وزيرة الداخلية" is a woman: a man holding the office on that date is not who is meant
        // (the masculine title is used for women too: "وزير الداخلية الإيطالي" names Lamorgese)
        const feminine = /^\S+ة(\s|$)/.test(title.trim().replace(/^(ال|و|ف|ب|ل)/, ""));
        if (feminine && p.gender === "m") return null;
        return { kbId: p.id, name: p.name, name_en: p.name_en, country: p.country };
      },
      org(id) {
        const o = kb.orgById.get(id);
        return o ? { name: o.name, name_en: o.name_en, country: o.country } : null;
      },
      person(id) {
        const p = kb.personById.get(id);
        return p ? { name: p.name, name_en: p.name_en, country: p.country, nationality: p.nationality, gender: p.gender, surnames: p.variants ?? [], officeTitles: (date) => officeTitlesAt(kb, id, date).map((t) => t.ar) } : null;
      },
    },
    place(id) {
      const p = kb.placeById.get(id);
      if (!p) return null;
      return { place: { name: p.name, name_en: p.name_en, country: p.country, lat: p.lat, lon: p.lon, kb_id: p.id }, kind: p.kind, ambiguous: (p as { ambiguous?: boolean }).ambiguous === true };
    },
    transliterate: memoTransliterate(),
  };
  // the learned tagger proposes names no list holds; the knowledge base and lexicons confirm
  // and type them (ner/combine.ts). Off with ner: false, or when the model is absent.
  if (opts.ner !== false && existsSync(DEFAULT_MODEL_PATH)) {
    const tagger = loadTagger(DEFAULT_MODEL_PATH, { fast: true });
    R.nerPersons = (words) => {
      const surface = words.map((w) => w.token.text);
      return tagger.combined(surface).map((sp) => ({ start: sp.start, end: sp.end, type: sp.type }));
    };
  }
  cache.set(key, R);
  return R;
}

/** transliterate() with a bounded memo: the same names come back in article after article */
function memoTransliterate(): (name: string) => string {
  const memo = new Map<string, string>();
  return (name) => {
    let v = memo.get(name);
    if (v === undefined) {
      v = transliterate(name);
      if (memo.size >= 50_000) memo.clear();
      memo.set(name, v);
    }
    return v;
  };
}
