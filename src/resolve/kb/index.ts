// The knowledge base as one loaded object: records by kind and id, the file each came from,
// name indexes, and the nationality lexicon. `loadKb()` reads data/kb (cached per file set);
// `validateKb(kb)` lists what is wrong with it.
import type { KbOffice, KbOrg, KbPerson, KbPlace, CountryLex, Problem, RecordKind } from "./types.js";
import { readKbFiles, toRecords, type LoadOptions, type RawRecord } from "./load.js";
import { canonName, indexNamed, indexPeople, type NameIndex } from "./lookup.js";
import { termInterval, type Interval } from "./dates.js";

export type { KbOffice, KbOrg, KbPerson, KbPlace, CountryLex, Problem, RecordKind, OfficeTerm } from "./types.js";
export type { LoadOptions } from "./load.js";
export { validateKb } from "./validate.js";

export interface HeldTerm {
  office: string;
  from?: string;
  to?: string;
  iv: Interval;
}

export interface Kb {
  offices: KbOffice[];
  people: KbPerson[];
  orgs: KbOrg[];
  places: KbPlace[];
  officeById: Map<string, KbOffice>;
  personById: Map<string, KbPerson>;
  orgById: Map<string, KbOrg>;
  placeById: Map<string, KbPlace>;
  /** parsed office terms per person id (terms with unreadable dates are left out) */
  termsOf: Map<string, HeldTerm[]>;
  /** holders per office id */
  holdersOf: Map<string, { personId: string; term: HeldTerm }[]>;
  countries: CountryLex[];
  people_ix: NameIndex;
  orgs_ix: NameIndex;
  places_ix: NameIndex;
  /** file a record came from (relative to the repo root for the base) */
  fileOf(kind: RecordKind, id: string): string;
  raw: RawRecord[];
  loadProblems: Problem[];
  files: string[];
}

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of list) if (!m.has(r.id)) m.set(r.id, r);
  return m;
}

/** Build the in-memory base from what readKbFiles returned. */
export function buildKb(loaded: ReturnType<typeof readKbFiles>): Kb {
  const recs = toRecords(loaded.records);
  const termsOf = new Map<string, HeldTerm[]>();
  const holdersOf = new Map<string, { personId: string; term: HeldTerm }[]>();
  for (const p of recs.people) {
    const terms: HeldTerm[] = [];
    for (const t of Array.isArray(p.offices) ? p.offices : []) {
      if (!t || typeof t.office !== "string") continue;
      const iv = termInterval(t.from, t.to);
      if (!iv) continue;
      const held = { office: t.office, from: t.from, to: t.to, iv };
      terms.push(held);
      const list = holdersOf.get(t.office) ?? [];
      list.push({ personId: p.id, term: held });
      holdersOf.set(t.office, list);
    }
    termsOf.set(p.id, terms);
  }
  return {
    offices: recs.offices,
    people: recs.people,
    orgs: recs.orgs,
    places: recs.places,
    officeById: byId(recs.offices),
    personById: byId(recs.people),
    orgById: byId(recs.orgs),
    placeById: byId(recs.places),
    termsOf,
    holdersOf,
    countries: loaded.countries,
    people_ix: indexPeople(recs.people, countryWords(loaded.countries)),
    orgs_ix: indexNamed(recs.orgs),
    places_ix: indexNamed(recs.places),
    fileOf: (kind, id) => recs.fileOf.get(`${kind}:${id}`) ?? "?",
    raw: loaded.records,
    loadProblems: loaded.problems,
    files: loaded.files,
  };
}

/** Country names and nationality adjectives, canonical: never a surname on their own. */
function countryWords(countries: CountryLex[]): Set<string> {
  const out = new Set<string>();
  for (const c of countries) for (const f of [...c.ar, ...(c.adj?.m ?? []), ...(c.adj?.f ?? []), ...(c.adj?.pl ?? [])]) out.add(canonName(f));
  return out;
}

const cache = new Map<string, Kb>();

/** Load the shipped base plus any user files (cached per option set). */
export function loadKb(opts: LoadOptions = {}): Kb {
  const key = JSON.stringify([opts.root ?? "", opts.baseless ?? false, opts.extraFiles ?? []]);
  let kb = cache.get(key);
  if (!kb) {
    kb = buildKb(readKbFiles(opts));
    cache.set(key, kb);
  }
  return kb;
}
