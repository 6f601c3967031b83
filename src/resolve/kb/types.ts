// Record shapes of the knowledge base (data/kb/**): offices, people, organizations, places.
// The YAML files are the source of truth; these types mirror data/kb/schema/*.schema.json.

export type RecordKind = "person" | "org" | "place" | "office";

/** YYYY, YYYY-MM or YYYY-MM-DD */
export type PartialDate = string;

export interface OfficeTerm {
  office: string;
  from?: PartialDate;
  /** omitted = still in office as far as the base knows */
  to?: PartialDate;
  /** a contested term (two claimants at once): exempt from the overlap check */
  disputed?: boolean;
}

export interface KbOffice {
  id: string;
  country: string;
  en: string;
  /** title phrases without nationality adjective, masculine and feminine */
  ar: string[];
  /** phrases that, after a title, pin this office ("بحكومة الوحدة الوطنية") */
  institution?: string[];
  /** several holders at once (members, deputies): no overlap check */
  multi?: boolean;
  /** when one bare title fits several offices, lower wins (default 0) */
  priority?: number;
}

export interface KbPerson {
  id: string;
  name: string;
  variants?: string[];
  name_en: string;
  aliases_en?: string[];
  country: string;
  /** the person's own country when `country` is a body served (EU, UN): "المفوض المجري" */
  nationality?: string;
  gender?: "m" | "f";
  offices?: OfficeTerm[];
  /** false: the surname alone is too ambiguous to link */
  surname_ok?: boolean;
  /** 0–100: who a bare surname means when several people share it */
  prominence?: number;
  /** variants knowingly shared with another person's name (no collision problem) */
  shared_variants?: string[];
  note?: string;
}

export interface KbOrg {
  id: string;
  name: string;
  variants?: string[];
  abbr?: string[];
  name_en: string;
  aliases_en?: string[];
  country?: string;
  kind: string;
  note?: string;
}

export interface KbPlace {
  id: string;
  name: string;
  variants?: string[];
  name_en: string;
  aliases_en?: string[];
  country: string;
  kind: string;
  code?: string;
  lat?: number;
  lon?: number;
  note?: string;
  /** the city a site lies in (its id): encounters at the site are reported at the city */
  in?: string;
}

/** A nationality/country entry of data/lexicon/countries.yaml (owned by the places engineer). */
export interface CountryLex {
  code: string;
  en?: string;
  ar: string[];
  adj?: { m?: string[]; f?: string[]; pl?: string[] };
}

export interface Problem {
  file: string;
  /** record id, or "" when the problem is with the file itself */
  id: string;
  message: string;
}

export interface KbRecords {
  offices: KbOffice[];
  people: KbPerson[];
  orgs: KbOrg[];
  places: KbPlace[];
}
