// Who stands on one side of an encounter: people joined by و, by "وآخر"، "ونظيره الإيطالي"، a dual
// title or "إلى جانب"; a title stacked on the name after it; one named again a few words on; what
// a preposition written on a mention (ب، ل) says of its role.
import type { PersonMention } from "./mentions.js";
import { mentionLexicon } from "./mentions.js";
import type { DocEntity } from "./coref.js";
import { countryLexicon } from "./countries.js";
import { frameWords as glue } from "./frame-words.js";
import { closingBracket, hasForm, isPunct, type Word } from "./words.js";

/**
 * A title, then the same person's rank and name a few words on ("قائد أفريكوم (أفريكوم) الجنرال
 * X"، "المبعوث الأمريكي … السفير Y"): one mention from the first word to the last, so that what
 * stands between two people is only what joins them.
 */
export function spanningRepeats(ms: PersonMention[], entityOf: (m: PersonMention) => DocEntity | undefined): PersonMention[] {
  let last: PersonMention | undefined;
  for (const m of ms) {
    if (last && entityOf(last) === entityOf(m) && m.w0 - reachOf(last) <= 4) REACH.set(last, m.w1);
    else last = m;
  }
  return ms;
}
/** Where a mention's person goes on being named right after it (see spanningRepeats). */
const REACH = new WeakMap<PersonMention, number>();
export const reachOf = (m: PersonMention) => REACH.get(m) ?? m.w1;

/** The people joined to one another (side()) whose run ends right at word `end`, or none. */
export function groupEndingAt(words: Word[], ms: PersonMention[], end: number): PersonMention[] {
  for (let k = 0; k < ms.length; k++) {
    const run = side(ms.slice(k), words);
    if (reachOf(run[run.length - 1]) === end) return run;
  }
  return [];
}

/** Keep the first mention of each entity: a person named twice in a clause is one participant. */
export function uniqueEntities(ms: PersonMention[], entityOf: (m: PersonMention) => DocEntity | undefined): PersonMention[] {
  const seen = new Set<DocEntity>();
  return ms.filter((m) => {
    const e = entityOf(m)!;
    if (seen.has(e)) return false;
    seen.add(e);
    return true;
  });
}

/** a word carrying the preposition ل: "لمدير", "للقائد" */
export const startsWithLam = (w: Word | undefined) => !!w && /^(و?ل)/.test(w.norm) && w.forms.length > 1 && w.forms[w.forms.length - 1] !== w.norm;
/** "لرئيس"، "للوزير": a title behind ل (not a name that opens with the letter: ليون) */
export const titleBehindLam = (w: Word | undefined) => startsWithLam(w) && (w!.norm.startsWith("لل") || mentionLexicon().heads.has(w!.forms[w!.forms.length - 1]));

/** What is written before the mention's own first word in its first token ("ب" in "بالرئيس", "و" in "ووزير"). */
export function procliticOf(words: Word[], m: PersonMention): string {
  const tok = words[m.w0].token.text;
  const own = (m.title ?? m.name ?? "").split(/\s+/)[0] ?? "";
  return own && tok !== own && tok.endsWith(own) ? tok.slice(0, tok.length - own.length) : "";
}

/** a person named behind the preposition ب ("بالرئيس"، "بماتيو ..."): an object, never a subject */
// (or on the style of address right before: "جمع X بسعادة السيد Y"، "بمعالي الوزير")
export const markedByBa = (words: Word[], m: PersonMention) => /^و?ب$/.test(procliticOf(words, m)) || baOnHonorific(words[m.w0 - 1]);
export function baOnHonorific(w: Word | undefined): boolean {
  return !!w && /^و?ب/.test(w.norm) && w.forms.length > 1 && mentionLexicon().honorifics.has(w.forms[w.forms.length - 1]);
}

/** "A وB"، "A، وB": two mentions coordinated by the conjunction (not a name or title that starts with و: وزير، وليد) */
export function coordinated(words: Word[], a: PersonMention, b: PersonMention): boolean {
  const gap = words.slice(a.w1, b.w0);
  if (gap.length > 2 || !gap.every((w) => isPunct(w, "،,") || w.norm === "و")) return false;
  return gap.some((w) => w.norm === "و") || procliticOf(words, b) === "و";
}

export const startsWithBa = (w: Word | undefined) => !!w && w.norm.startsWith("ب") && w.forms.length > 1;

/**
 * One side of an encounter: the first mention and those coordinated with it
 * ("X، ووزير الدفاع Y"، "X و Y"). A gap of anything but punctuation and و ends the side;
 * "بحضور" (in the presence of) ends it too: those present are not principals.
 */
export function side(mentions: PersonMention[], words: Word[], hosts = false): PersonMention[] {
  if (!mentions.length) return [];
  const out = [mentions[0]];
  for (let k = 1; k < mentions.length; k++) {
    const prev = out[out.length - 1];
    const m = mentions[k];
    // (an aside in brackets is no gap: "X (53 عاما) ونظيره Y")
    const gap = withoutAsides(words.slice(reachOf(prev), m.w0));
    // on a reception's host side, those present with the host are on that side too
    if (hosts) { out.push(m); continue; }
    // "المبعوث الخاص للأمين العام رئيس البعثة، السيد X": titles stacked on one person, the name after the last
    if (stackedTitles(prev, m, words)) { out[out.length - 1] = m; continue; }
    // "وزيرا الخارجية A والشؤون الداخلية B": the second's own office between the two names of one dual title
    if (prev.source === "dual-title+name" && m.source === "dual-title+name" && gap.length >= 1 && gap.length <= 4 && gap[0].conj === "و" && gap.every((w) => w.token.kind === "word")) { out.push(m); continue; }
    // "اتصالا هاتفيا بـ X، وآخر بـ Y": another one with Y
    // ("X، ونائبيه A وB": his two deputies with him)
    // ("X ونظيراه التونسي Y والجزائري Z": a counterpart word and his nationality)
    // ("التقت A في الأولى وB في الثانية": in the first city of the trip and in the second)
    const inTheNth = (w: Word, k: number) => (w.norm === "في" && glue().ordinal_places.has(gap[k + 1]?.norm ?? "")) || (glue().ordinal_places.has(w.norm) && gap[k - 1]?.norm === "في");
    // ("ضم A وB، إلى جانب C وD": alongside them)
    const alongside = (w: Word, k: number) => (w.norm === "الي" && glue().alongside.has(gap[k + 1]?.norm ?? "")) || (glue().alongside.has(w.norm) && gap[k - 1]?.norm === "الي");
    // ("ومدير فرع الهلال الأحمر في المدينة وممثل …": where an unnamed title serves, then the next)
    const seat = prev.type === "title" && !prev.name && gap.length === 2 && (gap[0].norm === "في" || gap[0].norm === "لدي") && gap[1].token.kind === "word" && words[m.w0]?.conj === "و";
    if (seat) { out.push(m); continue; }
    // ("وزراء الخارجية A، والدفاع B، والطاقة والموارد الطبيعية C": a plural title's next domain)
    if (gap.length <= 5 && gap.some((w) => w.conj === "و" && hasForm(w, mentionLexicon().complements)) &&
      gap.every((w) => isPunct(w, "،,") || hasForm(w, mentionLexicon().complements))) { out.push(m); continue; }
    // ("مع A ومع B": the preposition said again after و)
    const onlyGlue = gap.every((w, k) => isPunct(w, "،,\"«»“”") || w.norm === "و" || w.norm === "ومع" || glue().another.has(w.norm) || andNationality(w) || andDualTitle(w) || inTheNth(w, k) || alongside(w, k) || (gap.some(andDualTitle) && countryLexicon().adjectives.has(w.norm)));
    // (a title opening with a و of its own — وزير، وكيل — is no conjunction)
    const joined = (words[m.w0]?.conj === "و" && !mentionLexicon().heads.has(words[m.w0].norm)) || gap.some((w, k) => w.norm === "و" || w.norm === "ومع" || glue().another.has(w.norm) || andNationality(w) || andDualTitle(w) || alongside(w, k));
    // ("A عن القيادة العامة، وB عن حكومة الوحدة": whom each represents, then the next)
    if (representing(gap) && words[m.w0]?.conj === "و") { out.push(m); continue; }
    if (gap.length > 3 || !onlyGlue || !joined) {
      // "A، المرافق للرئيس X في زيارته، وB": past an aside between commas (naming someone of its
      // own), the coordination goes on
      const next = asideThenJoined(words, prev, mentions, k);
      if (next < 0) break;
      out.push(mentions[next]);
      k = next;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * After `prev`, a comma, an aside opening with one of frames.yaml aside_openers and closing with
 * a comma, then a mention joined by و: that mention's index in `ms` (from `k` on), or -1.
 */
function asideThenJoined(words: Word[], prev: PersonMention, ms: PersonMention[], k: number): number {
  const at = reachOf(prev);
  if (!isPunct(words[at], "،,") || !glue().aside_openers.has(words[at + 1]?.norm ?? "")) return -1;
  for (let j = k; j < ms.length && ms[j].w0 - at <= 12; j++) {
    const m = ms[j];
    if (words[m.w0].conj === "و" && isPunct(words[m.w0 - 1], "،,") && !words.slice(at + 1, m.w0 - 1).some((w) => isPunct(w, "،,.:؛"))) return j;
  }
  return -1;
}

/** "عن القيادة العامة،" (or "ممثلا عن …،"): whom the one before stands for, closed by a comma. */
function representing(gap: Word[]): boolean {
  const at = gap[0]?.norm === "عن" ? 0 : /^ممثل[اه]?$/.test(gap[0]?.norm ?? "") && gap[1]?.norm === "عن" ? 1 : -1;
  if (at < 0 || gap.length < at + 3 || gap.length > at + 8 || !isPunct(gap[gap.length - 1], "،,")) return false;
  return gap.slice(at + 1, -1).every((w) => w.token.kind === "word" || isPunct(w, "()"));
}

/** The words without a bracketed aside of at most four words ("(53 عاما)"، "(الناتو)"). */
function withoutAsides(gap: Word[]): Word[] {
  const open = gap.findIndex((w) => isPunct(w, "("));
  if (open < 0) return gap;
  const close = closingBracket(gap, open, 4);
  if (close < 0) return gap;
  return [...gap.slice(0, open), ...gap.slice(close + 1)];
}

/**
 * A title without a name right before another title that has one, nothing between but a comma,
 * and no other nationality: one person's titles, stacked as Arabic stacks them.
 */
export function stackedTitles(prev: PersonMention, m: PersonMention, words: Word[]): boolean {
  if (prev.type !== "title" || prev.name || m.type !== "person" || !m.title || !m.name || m.title === m.text) return false;
  // (a dual title's part is one of the two it names: "وزيرا الدفاع والداخلية الإيطاليان المشير X")
  if (prev.source.startsWith("dual-title")) return false;
  // (nor one behind ب, the object of a gathering: "لقاء جمع المبعوث الفرنسي بالمشير خليفة حفتر")
  if (markedByBa(words, m)) return false;
  // (nor "… وممثله الخاص رئيس المجلس X": someone's man joined by و to him, then the one they met —
  // "نظيره وزير الخارجية X" is stacked)
  const first = words[prev.w0];
  if (first?.conj === "و" && /(ه|ها)$/.test(first.forms[1] ?? "") && !mentionLexicon().counterpart.has(first.forms[1] ?? "")) return false;
  // (an international official's title names the country of his post: "المبعوث الأممي … رئيس البعثة في ليبيا")
  const supra = countryLexicon().supranational;
  if (prev.country && m.country && prev.country !== m.country && !supra.has(prev.country)) return false;
  const gap = words.slice(prev.w1, m.w0);
  // (a rank and name may follow what the title goes on to say of the office: "قائد القوات
  // المتمركزة في شرق ليبيا المشير خليفة حفتر"، "قائد العملية الأوروبية في المتوسط "إيريني" الأدميرال X")
  const said = gap.filter((w) => !isPunct(w, "\"«»“”"));
  if (m.source.startsWith("rank+") && said.length <= 5 && gap.length - said.length <= 2 && said.every((w) => w.token.kind === "word")) return true;
  return gap.length === 0 || (gap.length === 1 && isPunct(gap[0], "،,"));
}

/**
 * "بمشاركة X" right before the person: X took part (a principal), unlike "بحضور X"; so did the
 * one who invited them and was there ("بدعوة من X وبحضوره").
 */
export function takesPart(words: Word[], m: PersonMention): boolean {
  for (let k = m.w0 - 1; k >= Math.max(0, m.w0 - 2); k--) if (glue().taking_part.has(words[k].norm)) return true;
  const invited = m.w0 >= 2 && words[m.w0 - 1].norm === "من" && glue().invited_by.has(words[m.w0 - 2].norm);
  return invited && words.slice(m.w1, m.w1 + 2).some((w) => glue().there_too.has(w.norm));
}

/** "ونائبيه"، "ووزيري"، "ونظيره": و + a dual title or a counterpart opens the people named next, on the same side. */
function andDualTitle(w: Word): boolean {
  return w.conj === "و" && !!w.forms[1] && (mentionLexicon().dualHeads.has(w.forms[1]) || mentionLexicon().counterpart.has(w.forms[1]));
}

/** "مع نظيريه الأمريكي X والسعودي Y": و + a nationality adjective joins the next counterpart. */
function andNationality(w: Word): boolean {
  // (or و + the country's name: "وزراء خارجية فرنسا X وألمانيا Y وإيطاليا Z")
  return w.conj === "و" && !!w.forms[1] && (countryLexicon().adjectives.has(w.forms[1]) || countryLexicon().singleNames.has(w.forms[1]));
}
