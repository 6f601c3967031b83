// `marsad kb …`: check knowledge-base files and ask who a name or title means.
//   marsad kb check [FILE…] [--json]          validate user files together with the shipped base
//   marsad kb lookup NAME [--date D] [--country CC] [--title T] [--kind person|org|place] [--kb FILE]… [--json]
//   marsad kb title PHRASE [--date D] [--country CC] [--kb FILE]… [--json]
//   marsad kb stats [--kb FILE]… [--json]
import { loadKb, validateKb, type Kb } from "../../resolve/kb/index.js";
import { linkOrg, linkPerson, linkPlace } from "../../resolve/link.js";
import { officeTitlesAt, resolveTitleCandidates } from "../../resolve/titles.js";

const USAGE = `usage:
  marsad kb check [FILE…] [--json]
  marsad kb lookup NAME [--date YYYY-MM-DD] [--country CC] [--title T] [--kind person|org|place] [--kb FILE]… [--json]
  marsad kb title PHRASE [--date YYYY-MM-DD] [--country CC] [--kb FILE]… [--json]
  marsad kb stats [--kb FILE]… [--json]`;

interface Opts {
  positional: string[];
  kb: string[];
  date?: string;
  country?: string;
  title?: string;
  kind: "person" | "org" | "place";
  json: boolean;
}

function parseArgs(args: string[]): Opts | string {
  const o: Opts = { positional: [], kb: [], kind: "person", json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const val = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === "--json") o.json = true;
      else if (a === "--kb") o.kb.push(val());
      else if (a === "--date") o.date = val();
      else if (a === "--country") o.country = val().toUpperCase();
      else if (a === "--title") o.title = val();
      else if (a === "--kind") {
        const k = val();
        if (k !== "person" && k !== "org" && k !== "place") return `--kind must be person, org or place, got '${k}'`;
        o.kind = k;
      }
      else if (a.startsWith("--")) return `unknown option ${a}`;
      else o.positional.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (o.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(o.date)) return `--date must be YYYY, YYYY-MM or YYYY-MM-DD, got '${o.date}'`;
  return o;
}

function check(o: Opts): number {
  const kb = loadKb({ extraFiles: [...o.kb, ...o.positional] });
  const problems = validateKb(kb);
  if (o.json) console.log(JSON.stringify({ files: kb.files.length, problems }, null, 2));
  else {
    for (const p of problems) console.log(`${p.file}: ${p.id ? `${p.id}: ` : ""}${p.message}`);
    console.log(problems.length ? `${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s)` : `ok: ${kb.files.length} files, ${kb.people.length} people, ${kb.orgs.length} orgs, ${kb.places.length} places, ${kb.offices.length} offices`);
  }
  return problems.length ? 1 : 0;
}

function describe(kb: Kb, id: string, date?: string) {
  const p = kb.personById.get(id)!;
  return { id, name: p.name, name_en: p.name_en, country: p.country, offices: officeTitlesAt(kb, id, date ?? null).map((t) => ({ office: t.office, en: t.en, ar: t.ar })) };
}

function lookup(o: Opts): number {
  const name = o.positional.join(" ");
  if (!name) {
    console.error(USAGE);
    return 2;
  }
  const kb = loadKb({ extraFiles: o.kb });
  if (o.kind !== "person") return lookupNamed(kb, name, o);
  const cands = linkPerson(name, { date: o.date, country: o.country, title: o.title, kb });
  const rows = cands.map((c) => ({ score: c.score, reasons: c.reasons, ...describe(kb, c.id, o.date) }));
  if (o.json) console.log(JSON.stringify({ query: name, date: o.date ?? null, candidates: rows }, null, 2));
  else if (!rows.length) console.log(`no one in the base matches '${name}'`);
  else {
    for (const r of rows) {
      const offices = r.offices.map((x) => x.en).join("; ");
      console.log(`${r.score.toFixed(3)}  ${r.id}  ${r.name_en} (${r.country})${offices ? ` — ${offices}${o.date ? ` on ${o.date}` : ""}` : ""}\n       ${r.reasons.join(", ")}`);
    }
  }
  return rows.length ? 0 : 1;
}

function lookupNamed(kb: Kb, name: string, o: Opts): number {
  const ctx = { country: o.country, kb };
  const cands = o.kind === "org" ? linkOrg(name, ctx) : linkPlace(name, ctx);
  const rows = cands.map((c) => ({ score: c.score, reasons: c.reasons, id: c.id, name: c.record.name, name_en: c.record.name_en, country: c.record.country ?? null, kind: c.record.kind }));
  if (o.json) console.log(JSON.stringify({ query: name, kind: o.kind, candidates: rows }, null, 2));
  else if (!rows.length) console.log(`no ${o.kind} in the base matches '${name}'`);
  else for (const r of rows) console.log(`${r.score.toFixed(3)}  ${r.id}  ${r.name_en} (${r.kind}${r.country ? `, ${r.country}` : ""})\n       ${r.reasons.join(", ")}`);
  return rows.length ? 0 : 1;
}

function title(o: Opts): number {
  const phrase = o.positional.join(" ");
  if (!phrase) {
    console.error(USAGE);
    return 2;
  }
  const kb = loadKb({ extraFiles: o.kb });
  const cands = resolveTitleCandidates(kb, phrase, { date: o.date, country: o.country });
  const rows = cands.map((c) => ({ id: c.person.id, name: c.person.name, name_en: c.person.name_en, office: c.office.id, office_en: c.office.en, from: c.from ?? null, to: c.to ?? null, sure: c.sure }));
  if (o.json) console.log(JSON.stringify({ title: phrase, date: o.date ?? null, holders: rows }, null, 2));
  else if (!rows.length) console.log(`no holder known for '${phrase}'${o.date ? ` on ${o.date}` : ""}`);
  else for (const r of rows) console.log(`${r.id}  ${r.name_en} — ${r.office_en} (${r.from ?? "?"} – ${r.to ?? "now"})${r.sure ? "" : " [possibly]"}`);
  return rows.length ? 0 : 1;
}

function stats(o: Opts): number {
  const kb = loadKb({ extraFiles: o.kb });
  const byCountry: Record<string, number> = {};
  for (const p of kb.people) byCountry[p.country] = (byCountry[p.country] ?? 0) + 1;
  const s = { files: kb.files.length, people: kb.people.length, orgs: kb.orgs.length, places: kb.places.length, offices: kb.offices.length, peopleByCountry: byCountry };
  console.log(o.json ? JSON.stringify(s, null, 2) : Object.entries(s).map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`).join("\n"));
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const o = parseArgs(rest);
  if (typeof o === "string") {
    console.error(`marsad kb: ${o}\n${USAGE}`);
    return 2;
  }
  switch (sub) {
    case "check": return check(o);
    case "lookup": return lookup(o);
    case "title": return title(o);
    case "stats": return stats(o);
    default:
      console.error(sub ? `marsad kb: unknown subcommand '${sub}'\n${USAGE}` : USAGE);
      return 2;
  }
}
