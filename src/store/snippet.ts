// Search snippets cut from the original text (diacritics and hamza as written), with the
// matched words marked «…». Matching runs on the normalized view and maps back, so a query
// typed without hamza still highlights "الأمن". Arabic-safe: no \b, word edges by \p{L}\p{N}.
import { normalizeWithMap, sourceSpan, stripArticle, normWords } from "../text/normalize.js";

/** Query words as the index sees them: normalized, article stripped. */
export function queryTerms(text: string): string[] {
  return [...new Set(normWords(text).map(stripArticle).filter((w) => w.length > 0))];
}

const PROCLITICS = "(?:و|ف|ب|ل|ك)?(?:ال|لل)?";

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A window of about `width` characters of `text` around the first match of `terms`, with every
 * match inside the window wrapped in «». Falls back to the opening of the text.
 */
export function makeSnippet(text: string, terms: string[], width = 160): string {
  const view = normalizeWithMap(text);
  const spans: { start: number; end: number }[] = [];
  if (terms.length) {
    const alt = [...terms].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
    // a term may carry proclitics in front and suffixes behind (prefix match, as in the index)
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${PROCLITICS}(?:${alt})[\\p{L}\\p{N}]*`, "gu");
    for (const m of view.text.matchAll(re)) spans.push(sourceSpan(view, m.index!, m.index! + m[0].length));
  }
  const first = spans[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  // do not cut words in half
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) end++;
  let out = "";
  let pos = start;
  for (const s of spans) {
    if (s.start < start || s.end > end) continue;
    out += text.slice(pos, s.start) + "«" + text.slice(s.start, s.end) + "»";
    pos = s.end;
  }
  out += text.slice(pos, end);
  out = out.replace(/\s+/g, " ").trim();
  return (start > 0 ? "…" : "") + out + (end < text.length ? "…" : "");
}

/** The words the full-text index stores for a text: same normalization as `queryTerms`. */
export function indexText(text: string): string {
  return normWords(text).map(stripArticle).join(" ");
}

export { stripArticle };
