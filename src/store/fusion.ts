// Event fusion: decides whether two extracted events are the same encounter reported twice
// (by two articles, or twice in one). Pure functions; the store calls `blockingKeys` to find
// candidates cheaply and `sameEvent` to decide. Rule, in order:
//   1. same type (a call is not a meeting);
//   2. compatible dates: same day when both are stated to the day; ±1 day when either is
//      implied (relative date), coarser (month/year) or unknown (then the article's publication
//      day stands in); a coarse date must contain the other one;
//   3. the same principals: each participant of the smaller side matches a distinct one of the
//      larger side (by kb_id when both have one, else by normalized name words, English name,
//      or title when a side is known only by office). A one-person event only fuses with a
//      one-person event, and then the locations must agree when both are given.
import type { DatePrecision } from "../types.js";
import { latinWords, nameWords } from "./keys.js";

export interface FusionParticipant {
  kb_id?: string | null;
  name?: string | null;
  title?: string | null;
  name_en?: string | null;
}

export interface FusionEvent {
  type: string;
  date: string | null;
  precision: DatePrecision | null;
  /** the date was inferred (relative expression, implied year) rather than stated */
  implied?: boolean;
  /** publication day of the reporting article: stands in for an unknown date */
  published?: string | null;
  participants: FusionParticipant[];
  location?: string | null;
}

/** Day range an event may have happened in, as ISO days; `loose` widens the comparison by one day. */
export interface DayWindow {
  lo: string;
  hi: string;
  loose: boolean;
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(d: string): number {
  return Date.parse(`${d}T00:00:00Z`);
}

/** Shift an ISO day by n days. */
export function addDays(day: string, n: number): string {
  return isoDay(dayMs(day) + n * DAY_MS);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The window of an event's date; null when neither the date nor the publication day is known. */
export function dayWindow(ev: Pick<FusionEvent, "date" | "precision" | "implied" | "published">): DayWindow | null {
  const d = ev.date;
  if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) return { lo: d, hi: d, loose: !!ev.implied };
  if (d && /^\d{4}-\d{2}$/.test(d)) {
    const [y, m] = d.split("-").map(Number);
    return { lo: `${d}-01`, hi: `${d}-${String(lastDayOfMonth(y, m)).padStart(2, "0")}`, loose: true };
  }
  if (d && /^\d{4}$/.test(d)) return { lo: `${d}-01-01`, hi: `${d}-12-31`, loose: true };
  const p = ev.published?.slice(0, 10);
  if (p && /^\d{4}-\d{2}-\d{2}$/.test(p)) return { lo: p, hi: p, loose: true };
  return null;
}

export function datesCompatible(a: FusionEvent, b: FusionEvent): boolean {
  const wa = dayWindow(a);
  const wb = dayWindow(b);
  if (!wa || !wb) return false;
  const slack = wa.loose || wb.loose ? 1 : 0;
  return addDays(wa.lo, -slack) <= wb.hi && addDays(wb.lo, -slack) <= wa.hi;
}

function subsetEither(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(big);
  return small.every((w) => set.has(w));
}

export function sameParticipant(a: FusionParticipant, b: FusionParticipant): boolean {
  if (a.kb_id && b.kb_id) return a.kb_id === b.kb_id;
  const an = nameWords(a.name);
  const bn = nameWords(b.name);
  if (subsetEither(an, bn)) return true;
  // transliterations vary (بيانتيدوزي / بيانتيدوسي): the English name can still agree
  if (subsetEither(latinWords(a.name_en), latinWords(b.name_en))) return true;
  // a person known only by office on one side: compare offices
  if (!an.length || !bn.length) return subsetEither(nameWords(a.title), nameWords(b.title));
  return false;
}

/** Each participant of the smaller list matches a distinct participant of the larger one. */
export function sameParticipants(a: FusionParticipant[], b: FusionParticipant[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (!small.length) return false;
  if (small.length === 1 && big.length > 1) return false;
  const used = new Set<number>();
  // try the most specific participants first so a bare surname does not steal a full-name match
  const order = [...small].sort((x, y) => nameWords(y.name).length - nameWords(x.name).length);
  for (const p of order) {
    const i = big.findIndex((q, k) => !used.has(k) && sameParticipant(p, q));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

export function sameEvent(a: FusionEvent, b: FusionEvent): boolean {
  if (a.type !== b.type) return false;
  if (!datesCompatible(a, b)) return false;
  if (!sameParticipants(a.participants, b.participants)) return false;
  if (a.participants.length === 1 && b.participants.length === 1 && a.location && b.location) {
    return subsetEither(nameWords(a.location), nameWords(b.location)) || subsetEither(latinWords(a.location), latinWords(b.location));
  }
  return true;
}

/**
 * Keys under which an event is indexed to find fusion candidates: any event that could be
 * `sameEvent` with this one shares at least one key (kb id, last name word, English last name, title).
 */
export function blockingKeys(ev: Pick<FusionEvent, "participants">): string[] {
  const keys = new Set<string>();
  for (const p of ev.participants) {
    if (p.kb_id) keys.add(`kb:${p.kb_id}`);
    const n = nameWords(p.name);
    if (n.length) keys.add(`n:${n[n.length - 1]}`);
    const e = latinWords(p.name_en);
    if (e.length) keys.add(`en:${e[e.length - 1]}`);
    const t = nameWords(p.title);
    if (t.length) keys.add(`t:${t.join(" ")}`);
  }
  return [...keys];
}
