// Everything the extractor loads once and shares across articles: the knowledge base as a
// gazetteer and a title resolver, place records, transliteration and (when its model is
// present) the NER tagger. Loaded lazily, cached per set of user KB files.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Place } from "../types.js";
import { normalize, stripArticle } from "../text/normalize.js";
import { Gazetteer, type GazetteerRecord } from "./gazetteer.js";
import type { TitleResolver } from "../extract/coref.js";
import type { Word } from "../extract/words.js";
import { mentionLexicon } from "../extract/mentions.js";

export interface Resources {
  gazetteer?: Gazetteer;
  titles?: TitleResolver;
  place(id: string): { place: Place; kind?: string } | null;
  transliterate?: (name: string) => string;
  nerPersons?: (words: Word[]) => { start: number; end: number; type: string }[];
}

const KB_DIR = fileURLToPath(new URL("../../data/kb/", import.meta.url));

interface PersonRec { id: string; name: string; variants?: string[]; name_en?: string; country?: string; surname_ok?: boolean; prominence?: number; offices?: { office: string; from?: string; to?: string }[] }
interface OrgRec { id: string; name: string; variants?: string[]; abbr?: string[]; name_en?: string; country?: string }
interface PlaceRec { id: string; name: string; variants?: string[]; name_en?: string; country?: string; kind?: string; lat?: number; lon?: number }
interface OfficeRec { id: string; country?: string; en?: string; ar?: string[]; institution?: string[]; priority?: number; multi?: boolean }

function readYamlDir<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  const out: T[] = [];
  for (const f of readdirSync(dir).sort()) if ((f.endsWith(".yaml") || f.endsWith(".yml")) && !f.startsWith(".")) {
    const data = parse(readFileSync(dir + "/" + f, "utf8"));
    if (Array.isArray(data)) out.push(...(data as T[]));
  }
  return out;
}

function readUserFile(path: string): { people: PersonRec[]; orgs: OrgRec[]; places: PlaceRec[]; offices: OfficeRec[] } {
  const data = parse(readFileSync(path, "utf8")) ?? {};
  return { people: data.people ?? [], orgs: data.orgs ?? [], places: data.places ?? [], offices: data.offices ?? [] };
}

const cache = new Map<string, Resources>();

export function loadResources(opts: { kbFiles?: string[]; ner?: boolean } = {}): Resources {
  const key = JSON.stringify([opts.kbFiles ?? [], opts.ner ?? null]);
  const hit = cache.get(key);
  if (hit) return hit;
  const people = readYamlDir<PersonRec>(KB_DIR + "people");
  const orgs = readYamlDir<OrgRec>(KB_DIR + "orgs");
  const places = readYamlDir<PlaceRec>(KB_DIR + "places");
  const offices = [...(existsSync(KB_DIR + "offices.yaml") ? (parse(readFileSync(KB_DIR + "offices.yaml", "utf8")) as OfficeRec[]) : []),
    ...(existsSync(KB_DIR + "offices-extra.yaml") ? (parse(readFileSync(KB_DIR + "offices-extra.yaml", "utf8")) as OfficeRec[]) : [])];
  for (const f of opts.kbFiles ?? []) {
    const u = readUserFile(f);
    people.push(...u.people); orgs.push(...u.orgs); places.push(...u.places); offices.push(...u.offices);
  }
  const records: GazetteerRecord[] = [
    ...people.filter((p) => p?.id && p.name).map((p, i) => ({ id: p.id, kind: "person" as const, names: [p.name, ...(p.variants ?? [])], surnameOk: p.surname_ok, rank: p.prominence ?? i })),
    ...orgs.filter((o) => o?.id && o.name).map((o) => ({ id: o.id, kind: "org" as const, names: [o.name, ...(o.variants ?? [])], abbr: o.abbr })),
    ...places.filter((p) => p?.id && p.name).map((p) => ({ id: p.id, kind: "place" as const, names: [p.name, ...(p.variants ?? [])] })),
  ];
  const stop = mentionLexicon().stop;
  const gazetteer = new Gazetteer(records, (w) => w, stop);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const R: Resources = {
    gazetteer,
    titles: officeResolver(offices, people, personById),
    place(id) {
      const p = placeById.get(id);
      if (!p) return null;
      return { place: { name: p.name, name_en: p.name_en, country: p.country, lat: p.lat, lon: p.lon, kb_id: p.id }, kind: p.kind };
    },
  };
  cache.set(key, R);
  return R;
}

/** Title → office → holder on a date, from office definitions and people's terms. */
function officeResolver(offices: OfficeRec[], people: PersonRec[], byId: Map<string, PersonRec>): TitleResolver {
  const words = (s: string) => normalize(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stripArticle).map((w) => w.replace(/ه$/, ""));
  const compiled = offices.map((o) => ({ o, titles: (o.ar ?? []).map(words), inst: (o.institution ?? []).map(words) }));
  const holders = new Map<string, { p: PersonRec; from?: string; to?: string }[]>();
  for (const p of people) for (const t of p.offices ?? []) {
    const l = holders.get(t.office) ?? [];
    l.push({ p, from: t.from ? String(t.from) : undefined, to: t.to ? String(t.to) : undefined });
    holders.set(t.office, l);
  }
  return {
    resolve(title, country, date) {
      const tw = words(title);
      let best: { o: OfficeRec; score: number } | null = null;
      for (const c of compiled) {
        if (country && c.o.country && c.o.country !== country) continue;
        const instHit = c.inst.some((iw) => iw.length && iw.every((w) => tw.includes(w)));
        if (!country && !instHit && c.o.country !== "LY") continue;
        for (const t of c.titles) {
          if (!t.length || !t.every((w) => tw.includes(w))) continue;
          const score = t.length * 10 + (instHit ? 5 : 0) - (c.o.priority ?? 0) - (tw.length - t.length);
          if (!best || score > best.score) best = { o: c.o, score };
        }
      }
      if (!best || !date) return null;
      const list = (holders.get(best.o.id) ?? []).filter((h) => (!h.from || h.from <= date) && (!h.to || h.to >= date.slice(0, h.to.length)));
      if (list.length !== 1) return null;
      const p = list[0].p;
      return { kbId: p.id, name: p.name, name_en: p.name_en, country: p.country };
    },
    person(id) {
      const p = byId.get(id);
      if (!p) return null;
      return { name: p.name, name_en: p.name_en, country: p.country, surnames: [] };
    },
  };
}
