// Rules that judge one line on its own: page furniture that never carries article content.
// Each returns the rule id, or null to keep the line.
import type { NoiseLexicon } from "./lexicon.js";

const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
// Each alternative can only start where its run starts (lookbehind), so a long run without
// "@" costs one linear scan, not one per position.
const URL_OR_EMAIL = /(?<![\w.+-])(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/giu;
const ONLY_NUMBERS = /^[\p{N}\s.,:/\\\-–—_|()#٫٬+]+$/u;
const SENTENCE_END = /[.!?؟…]["'»”’)\]]*$/u;

export function hasArabic(s: string): boolean {
  return ARABIC_LETTER.test(s);
}

export function wordCount(key: string): number {
  if (!key) return 0;
  // indexOf jumps from space to space natively: twice as fast as reading every character
  let n = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * True when the key has more than `n` words. It stops counting there: the rules ask whether a
 * line is short, and most lines are paragraphs of scores of words.
 */
export function moreWordsThan(key: string, n: number): boolean {
  if (!key) return false;
  let words = 1;
  for (let i = key.indexOf(" "); i >= 0 && words <= n; i = key.indexOf(" ", i + 1)) words++;
  return words > n;
}

/** A line that reads like a headline (short, no sentence-final punctuation), not a paragraph. */
export function isHeadlineLike(text: string, key: string): boolean {
  return wordCount(key) <= 20 && !SENTENCE_END.test(text);
}

/** Page numbers, view counters, bare dates/times: only digits and separators. */
export function isLoneNumber(text: string): boolean {
  // the anchored test first: it fails at the first letter, where the digit search reads on
  return ONLY_NUMBERS.test(text) && DIGIT.test(text);
}

/** Menu / language switch / font-size buttons: a few Latin-only words ("english EN", "+ A"). */
export function isLatinNav(text: string, key: string): boolean {
  if (hasArabic(text) || text.length > 30) return false;
  if (/^\(.*\)$/u.test(text)) return false; // "(AFP)": an agency sign-off, kept
  const words = wordCount(key);
  if (words > 4) return false;
  if (words === 0) return !LETTER.test(text) ? false : true;
  // a number with a brand ("635031 - Mobily") is an SMS/contact code
  return true;
}

/** Only a URL or e-mail address, or a short line built around one (a signature). */
export function isUrlLine(text: string): boolean {
  URL_OR_EMAIL.lastIndex = 0;
  if (!URL_OR_EMAIL.test(text)) return false;
  const rest = text.replace(URL_OR_EMAIL, " ").trim();
  return rest.split(/\s+/u).filter(Boolean).length <= 5;
}

/** A view/read counter: "1523 مشاهدة", "Views: 300". */
export function isCounter(key: string, lex: NoiseLexicon): boolean {
  if (moreWordsThan(key, 4)) return false; // (most lines: decided before splitting)
  const words = key.split(" ");
  if (words.length > 4 || !words.some((w) => /^\d/u.test(w))) return false;
  return words.some((w) => lex.counterWords.has(w)) && words.every((w) => /^\d/u.test(w) || lex.counterWords.has(w));
}

/** A line of hashtags / handles only ("#ليبيا #الهجرة", "@agency"). */
const STARTS_WITH_TAG = /^\s*[#@]/u;
export function isHashtagLine(text: string): boolean {
  if (!STARTS_WITH_TAG.test(text)) return false; // (most lines: decided before splitting)
  const parts = text.split(/\s+/u).filter(Boolean);
  return parts.length > 0 && parts.every((p) => /^[#@][\p{L}\p{N}_]+[،,]?$/u.test(p));
}

/** A long publication stamp ("نشر في: 12 مارس 2024 10:03 م GST آخر تحديث: …"): few real words. */
function isStampTail(key: string, lex: NoiseLexicon): boolean {
  let words = 0;
  for (const w of key.split(" ")) if (!/^\d/u.test(w) && !lex.dateWords.has(w)) words++;
  return words <= 6;
}

/** Standalone line rules, in order of how sure they are; `first` marks the title candidate. */
export function lineRule(text: string, key: string, lex: NoiseLexicon, first = false): string | null {
  if (!key) return /\S/u.test(text) ? "symbols" : null; // a line of only symbols ("* *", "...")
  // every rule below is about short lines, or about one long URL without spaces
  if (text.length > 240 && text.indexOf(" ", 0) >= 0 && moreWordsThan(key, 12)) return null;
  if (isLoneNumber(text)) return "lone-number";
  if (isUrlLine(text)) return "url";
  if (key.length <= 80 && lex.buttonLine.test(key)) return "buttons";
  if (isCounter(key, lex)) return "counter";
  if (wordCount(key) <= 4 && lex.timeAgo.test(key)) return "time-stamp";
  if (isHashtagLine(text)) return "hashtags";
  if (/^(?:©|\(c\)\s)/iu.test(text)) return "signature";
  // the first line is the title unless it is only a stamp ("نشر في: 16/04/2019")
  if (lex.signaturePrefix.test(key) && (first ? isStampTail(key, lex) : wordCount(key) <= 12 || isStampTail(key, lex))) return "signature";
  if (isLatinNav(text, key)) return "nav";
  if (isBreadcrumb(text, key, lex)) return "breadcrumb";
  if (isSiteSlogan(text, key, lex)) return "slogan";
  return null;
}

// the marks between the steps of a breadcrumb trail ("»" only with the others' company: it
// closes Arabic quotations too)
const CRUMB = /\s[›>»/|]\s/u;
/** "الرئيسية › سياسة › ليبيا": the page's place on the site, from its home page on. */
export function isBreadcrumb(text: string, key: string, lex: NoiseLexicon): boolean {
  return !moreWordsThan(key, 8) && lex.homeFirst.test(key) && CRUMB.test(text);
}

// a site's name and its slogan, set apart by a dash or a bar
const NAME_SLOGAN = /^[^.،,؟?!]{2,60}\s[—–|-]\s([^.،,؟?!]+)$/u;
/** "موقع X — أخبار ليبيا على مدار الساعة": a site's name and slogan, no headline. */
export function isSiteSlogan(text: string, key: string, lex: NoiseLexicon): boolean {
  if (moreWordsThan(key, 14)) return false;
  const m = NAME_SLOGAN.exec(text.trim());
  return !!m && !moreWordsThan(m[1].trim(), 8) && lex.slogan.test(key);
}

/**
 * A bullet-marked line ("- …", "• …"): on news pages these are links to other articles.
 * A bullet that ends like a sentence ("." "؛") is a point of the article's own list, kept;
 * headlines have no final period.
 */
const BULLET = /^(?:[-–—•▪■►●○◦*]\s*|[-–—]\s)/u;
const LIST_POINT_END = /[.؛;:]["'»”’)\]]*$/u;
export function isBullet(text: string, key: string): boolean {
  return BULLET.test(text) && !moreWordsThan(key, 30) && !LIST_POINT_END.test(text);
}

/**
 * A bullet that opens with a date ("▪️ 20 فبراير 2014 - طرابلس"، "• يوليو 2019 - اتصال هاتفي"):
 * the heading of a timeline's item, part of the article — no link to another one.
 */
export function isTimelineHeading(key: string, lex: NoiseLexicon): boolean {
  if (moreWordsThan(key, 8)) return false;
  const words = key.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length > 0 && (/^\d/u.test(words[0]) || lex.dateWords.has(words[0])) && words.slice(0, 3).some((w) => /^\d/u.test(w));
}

/** A line that only gives a date/time ("16 يوليو 2024", "الأحد 11/07/2021 09:57 م"). */
export function isLoneDate(key: string, lex: NoiseLexicon): boolean {
  if (moreWordsThan(key, 7)) return false;
  const words = key.split(" ");
  if (words.length > 7 || !words.some((w) => /^\d/u.test(w))) return false;
  return words.every((w) => /^\d+$/u.test(w) || lex.dateWords.has(w));
}
