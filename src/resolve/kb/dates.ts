// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as day ranges. An office term "from: 2014-05"
// may have begun on any day of May 2014, so each bound is a range [earliest, latest]:
// resolution at a date uses the generous reading, contradiction checks the strict one.

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DayRange {
  /** days since 1970-01-01 */
  earliest: number;
  latest: number;
}

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** null when the string is not a valid partial date (bad month/day included). */
export function parsePartialDate(s: string): DayRange | null {
  const m = PARTIAL.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { earliest: dayNumber(y, 1, 1), latest: dayNumber(y, 12, 31) };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (m[3] === undefined) return { earliest: dayNumber(y, mo, 1), latest: dayNumber(y, mo, lastDay) };
  const d = Number(m[3]);
  if (d < 1 || d > lastDay) return null;
  const n = dayNumber(y, mo, d);
  return { earliest: n, latest: n };
}

export interface Interval {
  /** earliest and latest possible first day (−∞ when `from` is unknown) */
  startEarliest: number;
  startLatest: number;
  /** earliest and latest possible last day (+∞ when still in office) */
  endEarliest: number;
  endLatest: number;
  /** false when `from` is missing: the start is unknown, not "always" */
  startKnown: boolean;
}

export function termInterval(from?: string, to?: string): Interval | null {
  const f = from ? parsePartialDate(from) : null;
  const t = to ? parsePartialDate(to) : null;
  if ((from && !f) || (to && !t)) return null;
  return {
    startEarliest: f ? f.earliest : -Infinity,
    startLatest: f ? f.latest : -Infinity,
    endEarliest: t ? t.earliest : Infinity,
    endLatest: t ? t.latest : Infinity,
    startKnown: !!f,
  };
}

/** Could the term include some day of `date`? (generous reading, for resolution) */
export function activeAt(iv: Interval, date: DayRange): boolean {
  return iv.startEarliest <= date.latest && iv.endLatest >= date.earliest;
}

/** Is `date` surely inside the term? (used to prefer certain matches over possible ones) */
export function surelyActiveAt(iv: Interval, date: DayRange): boolean {
  return iv.startLatest <= date.earliest && iv.endEarliest >= date.latest;
}

/** Days two terms surely share (strict reading); 0 when they may not overlap at all. */
export function sureOverlapDays(a: Interval, b: Interval): number {
  if (!a.startKnown || !b.startKnown) return 0;
  const start = Math.max(a.startLatest, b.startLatest);
  const end = Math.min(a.endEarliest, b.endEarliest);
  if (end === Infinity) return Infinity;
  return end >= start ? end - start + 1 : 0;
}
