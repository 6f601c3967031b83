// Query-string validation for the API routes. Each parser takes the raw query (name → value)
// and returns either the typed filter or a message that names the offending parameter; routes
// turn the message into a 400. Unknown parameter names are rejected too, so a typo
// (`?topc=`) is an error instead of a silently unfiltered answer.
import type { EventFilter } from "../store/types.js";
import type { EventType, FigureUnit } from "../types.js";

export const EVENT_TYPES: readonly EventType[] = ["meeting", "call", "visit", "agreement", "funding", "statement"];
export const EVENT_STATUSES = ["happened", "planned", "cancelled", "denied"] as const;
export const FIGURE_UNITS: readonly FigureUnit[] = ["person", "EUR", "USD", "LYD", "TND", "GBP", "km", "count", "percent"];
export const MAX_PAGE = 500;
const MAX_OFFSET = 1_000_000;
const MAX_TEXT = 200;

export type Query = Record<string, string>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Names the first parameter not in `allowed`, or null. */
export function unknownParam(q: Query, allowed: readonly string[]): string | null {
  for (const k of Object.keys(q)) if (!allowed.includes(k)) return `unknown parameter '${k}' (allowed: ${allowed.join(", ")})`;
  return null;
}

/** A whole number in [min, max]; undefined when absent. */
export function intParam(q: Query, name: string, min: number, max: number): Parsed<number | undefined> {
  const raw = q[name];
  if (raw === undefined || raw === "") return { ok: true, value: undefined };
  if (!/^\d+$/.test(raw)) return fail(`'${name}' must be a whole number (got '${raw.slice(0, 40)}')`);
  const n = Number(raw);
  if (n < min || n > max) return fail(`'${name}' must be between ${min} and ${max} (got ${raw.slice(0, 40)})`);
  return { ok: true, value: n };
}

/** YYYY, YYYY-MM or YYYY-MM-DD that names a real day; a month or year is widened to its first
 *  (edge "from") or last (edge "to") day, because the store compares whole days. */
export function dateParam(q: Query, name: string, edge: "from" | "to"): Parsed<string | undefined> {
  const raw = q[name];
  if (raw === undefined || raw === "") return { ok: true, value: undefined };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  if (!m) return fail(`'${name}' must be a date YYYY-MM-DD, YYYY-MM or YYYY (got '${raw.slice(0, 40)}')`);
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : edge === "from" ? 1 : 12;
  if (month < 1 || month > 12) return fail(`'${name}' has no month ${m[2]}`);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : edge === "from" ? 1 : last;
  if (day < 1 || day > last) return fail(`'${name}' has no day ${m[3]} in ${m[1]}-${m[2]}`);
  return { ok: true, value: `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}

/** NUL cannot be stored or compared in PostgreSQL text: such input is refused up front. */
export const hasNul = (s: string) => s.includes("\u0000");

function textParam(q: Query, name: string): Parsed<string | undefined> {
  const raw = q[name];
  if (raw === undefined) return { ok: true, value: undefined };
  if (hasNul(raw)) return fail(`'${name}' contains a NUL character`);
  const v = raw.trim();
  if (v.length > MAX_TEXT) return fail(`'${name}' is longer than ${MAX_TEXT} characters`);
  return { ok: true, value: v || undefined };
}

function oneOf<T extends string>(q: Query, name: string, values: readonly T[]): Parsed<T | undefined> {
  const raw = q[name];
  if (raw === undefined || raw === "") return { ok: true, value: undefined };
  if (!(values as readonly string[]).includes(raw)) return fail(`unknown ${name} '${raw.slice(0, 40)}' (one of: ${values.join(", ")})`);
  return { ok: true, value: raw as T };
}

export const FILTER_PARAMS = ["actor", "country", "topic", "type", "from", "to", "near", "radius", "status"] as const;
export const EVENT_PARAMS = [...FILTER_PARAMS, "limit", "offset", "sort"] as const;

/** The event filter shared by /api/events, /api/network, /api/topics/trends and /api/places. */
export function parseEventFilter(q: Query, topicIds: readonly string[], allowed: readonly string[] = EVENT_PARAMS): Parsed<EventFilter> {
  const unknown = unknownParam(q, allowed);
  if (unknown) return fail(unknown);
  const f: EventFilter = {};
  for (const name of ["actor", "near"] as const) {
    const r = textParam(q, name);
    if (!r.ok) return r;
    if (r.value) f[name] = r.value;
  }
  if (q.country) {
    if (!/^[A-Za-z]{2}$/.test(q.country)) return fail(`'country' must be an ISO 3166 alpha-2 code such as LY or IT (got '${q.country.slice(0, 40)}')`);
    f.country = q.country.toUpperCase();
  }
  const topic = oneOf(q, "topic", topicIds);
  if (!topic.ok) return topic;
  if (topic.value) f.topic = topic.value;
  const type = oneOf(q, "type", EVENT_TYPES);
  if (!type.ok) return type;
  if (type.value) f.type = type.value;
  const status = oneOf(q, "status", EVENT_STATUSES);
  if (!status.ok) return status;
  if (status.value) f.status = status.value;
  const from = dateParam(q, "from", "from");
  if (!from.ok) return from;
  const to = dateParam(q, "to", "to");
  if (!to.ok) return to;
  if (from.value && to.value && from.value > to.value) return fail(`'from' (${from.value}) is after 'to' (${to.value})`);
  if (from.value) f.from = from.value;
  if (to.value) f.to = to.value;
  const radius = intParam(q, "radius", 1, 5000);
  if (!radius.ok) return radius;
  if (radius.value !== undefined) {
    if (!f.near) return fail(`'radius' needs 'near'`);
    f.radiusKm = radius.value;
  }
  const limit = intParam(q, "limit", 0, MAX_PAGE);
  if (!limit.ok) return limit;
  f.limit = limit.value ?? 50;
  const offset = intParam(q, "offset", 0, MAX_OFFSET);
  if (!offset.ok) return offset;
  f.offset = offset.value ?? 0;
  const sort = oneOf(q, "sort", ["date", "-date"] as const);
  if (!sort.ok) return sort;
  f.sort = sort.value ?? "-date";
  return { ok: true, value: f };
}

export interface FigureQuery { unit?: string; topic?: string; limit: number; offset: number }

export function parseFigureQuery(q: Query, topicIds: readonly string[]): Parsed<FigureQuery> {
  const unknown = unknownParam(q, ["unit", "topic", "limit", "offset"]);
  if (unknown) return fail(unknown);
  const unit = oneOf(q, "unit", FIGURE_UNITS);
  if (!unit.ok) return unit;
  const topic = oneOf(q, "topic", topicIds);
  if (!topic.ok) return topic;
  const limit = intParam(q, "limit", 0, MAX_PAGE);
  if (!limit.ok) return limit;
  const offset = intParam(q, "offset", 0, MAX_OFFSET);
  if (!offset.ok) return offset;
  return { ok: true, value: { unit: unit.value, topic: topic.value, limit: limit.value ?? 50, offset: offset.value ?? 0 } };
}

/** `q` (required, trimmed, ≤ 200 characters) and `limit` for /api/search and /api/actors. */
export function parseTextQuery(q: Query, required: boolean, maxLimit: number, defaultLimit: number): Parsed<{ q: string; limit: number }> {
  const unknown = unknownParam(q, ["q", "limit"]);
  if (unknown) return fail(unknown);
  const text = textParam(q, "q");
  if (!text.ok) return text;
  if (required && !text.value) return fail(`'q' is required (the words to search for)`);
  const limit = intParam(q, "limit", 1, maxLimit);
  if (!limit.ok) return limit;
  return { ok: true, value: { q: text.value ?? "", limit: limit.value ?? defaultLimit } };
}
