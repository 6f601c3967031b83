// Places in a sentence (from the knowledge base's gazetteer), whether the text puts them as
// where something happened (في طرابلس، بروما، إلى العاصمة الليبية طرابلس), the article's
// dateline ("طرابلس - ..."), and the visits it reports (زار / وصل إلى / زيارة ... إلى X),
// which place an encounter when its own sentence does not.
import type { DocEntity } from "./coref.js";
import type { PlaceMention, SentenceView } from "./events.js";
import { normSet, readLexicon } from "./lexicon.js";
import type { PersonMention } from "./mentions.js";
import { countryLexicon } from "./countries.js";
import { hasForm, isPunct, type Word } from "./words.js";
import type { Resources } from "../resolve/resources.js";

let locatives: Set<string> | undefined;
const locativeSet = () => (locatives ??= normSet(readLexicon<{ locatives: string[] }>("events.yaml").locatives));

const VISIT_WORDS = normSet(["زار", "يزور", "زارت", "تزور", "زيارة", "زيارته", "زيارتها", "وصل", "وصلت", "يصل", "تصل", "وصوله", "وصولها", "توجه", "توجهت", "قدم", "قادما", "حل", "حلت"]);

export function placeMentions(words: Word[], people: PersonMention[], R: Resources): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (!R.gazetteer) return out;
  const covered = new Uint8Array(words.length);
  for (const m of people) if (m.type === "person" || m.type === "title") for (let k = m.w0; k < m.w1; k++) covered[k] = 1;
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const g = R.gazetteer.match(words, i);
    if (!g) continue;
    if (g.kind !== "place") { i = g.end - 1; continue; }
    const place = R.place(g.ids[0]);
    if (!place) continue;
    out.push({
      w0: i, w1: g.end,
      start: words[i].token.start, end: words[g.end - 1].token.end,
      place: place.place, kind: place.kind,
      locative: isLocative(words, i),
    });
    i = g.end - 1;
  }
  return out;
}

/** في X، بX، إلى X، بمدينة X، في العاصمة الليبية X */
function isLocative(words: Word[], i: number): boolean {
  const w = words[i];
  // the place word itself carries ب / ل / في-like proclitic: "بروما", "لطرابلس"
  if (w.forms.length > 1 && /^(و?[بل])/.test(w.norm) && !w.norm.startsWith("بال") && w.forms[0] !== w.forms[w.forms.length - 1]) return true;
  const adj = countryLexicon().adjectives;
  let k = i - 1;
  // skip "العاصمة الليبية", "مدينة"
  while (k >= 0 && i - k <= 3 && (adj.has(words[k].norm) || hasForm(words[k], normSet(["العاصمه", "مدينه", "عاصمه"])))) {
    if (hasForm(words[k], locativeSet())) return true;
    k--;
  }
  return k >= 0 && hasForm(words[k], locativeSet());
}

/** A dateline: a paragraph opening with a place and a dash ("طرابلس - ", "روما – "). */
export function findDateline(views: SentenceView[]): PlaceMention | null {
  for (const v of views.slice(0, 6)) {
    for (const p of v.places) {
      if (p.w0 > 1) continue;
      const next = v.words[p.w1];
      const after = next && isPunct(next, "(") ? v.words.slice(p.w1).find((w) => isPunct(w, ")")) && v.words[v.words.findIndex((w) => isPunct(w, ")")) + 1] : next;
      if (after && isPunct(after as Word, "-–—:")) return p;
    }
  }
  return null;
}

/** Visits reported in the article: who went where. */
export function findVisits(views: SentenceView[], entityOf: (m: PersonMention) => DocEntity | undefined) {
  const out: { entity: string; place: PlaceMention; sentence: number }[] = [];
  for (const v of views) {
    if (v.skip) continue;
    const at = v.words.findIndex((w) => hasForm(w, VISIT_WORDS));
    if (at < 0) continue;
    const place = v.places.filter((p) => p.w0 > at).sort((a, b) => (a.kind === "country" ? 1 : 0) - (b.kind === "country" ? 1 : 0) || a.w0 - b.w0)[0];
    if (!place) continue;
    for (const m of v.people) {
      const e = entityOf(m);
      if (e) out.push({ entity: e.id, place, sentence: v.index });
    }
  }
  return out;
}
