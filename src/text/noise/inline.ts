// Noise inside a line: tracking tokens (base64 / hex ids a page template stamps into the
// text, often with the site slogan right after) and a scraped metadata prefix ("date 2019-07").
import type { Span } from "../../types.js";

export interface InlineRemoval extends Span {
  rule: string;
}

// A long run of base64 / hex alphabet that is not part of a word, URL or e-mail.
const TOKEN_RUN = /(?<![\p{L}\p{N}+/=@.:_\-])[A-Za-z0-9+/]{16,}={0,2}(?![\p{L}\p{N}+/=@])/gu;
const HEX_ID = /^[0-9a-f]{16,}$/i;

/** True when a run looks machine-made: mixed case with digits, base64 padding, or a long hex id. */
export function isTrackingToken(run: string): boolean {
  const upper = /[A-Z]/.test(run);
  const lower = /[a-z]/.test(run);
  const digit = /[0-9]/.test(run);
  if (run.endsWith("=") && (upper || digit)) return true;
  if (upper && lower && digit) return true;
  if (digit && HEX_ID.test(run) && /[a-f]/i.test(run)) return true;
  // base64 of text without digits in the output still tends to mix case heavily
  if (upper && lower && run.length >= 20 && run.length % 4 === 0 && countUpperInside(run) >= 4) return true;
  return false;
}

function countUpperInside(run: string): number {
  let n = 0;
  for (let i = 1; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

// What may follow a tracking token on its line and still be page furniture: a few words
// (a site slogan or signature) without sentence punctuation.
const SHORT_TAIL = /^[^.!?؟]{0,60}$/u;
const TAIL_MAX_WORDS = 6;

/** Tracking tokens in raw[start, end), each with the short slogan tail that follows it. */
export function findTrackingTokens(raw: string, start: number, end: number): InlineRemoval[] {
  const line = raw.slice(start, end);
  const out: InlineRemoval[] = [];
  TOKEN_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RUN.exec(line)) !== null) {
    if (!isTrackingToken(m[0])) continue;
    let to = m.index + m[0].length;
    const tail = line.slice(to);
    if (tail.trim() && SHORT_TAIL.test(tail) && tail.trim().split(/\s+/u).length <= TAIL_MAX_WORDS) to = line.length;
    out.push({ start: start + m.index, end: start + to, rule: "tracking-token" });
    if (to === line.length) break;
  }
  return out;
}

// "date 2019-07", "Published: 2021-03-22" glued to the start of the body by a scraper.
const META_PREFIX = /^(?:date|published|posted|updated|last updated)\s*:?\s*\d{4}(?:[-/.]\d{1,2}){0,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?Z?)?(?=\s|$)/iu;

/** A metadata prefix at the start of raw[start, end), if any. */
export function findMetaPrefix(raw: string, start: number, end: number): InlineRemoval | null {
  const m = META_PREFIX.exec(raw.slice(start, Math.min(end, start + 64)));
  return m ? { start, end: start + m[0].length, rule: "meta-prefix" } : null;
}
