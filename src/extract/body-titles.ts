// "زار مستشفى بامبينو جيزو، حيث التقى رئيس المستشفى": a bare title whose body is only its common
// noun ("رئيس المستشفى"، "رئيس الغرفة") is the head of the body of that noun the text has just
// named in full. The title takes the body's name, so the participant reads as the office it is.
import type { SentenceView } from "./events.js";
import { mentionLexicon, type PersonMention } from "./mentions.js";
import { frameWords as glue } from "./frame-words.js";
import { normSet, readLexicon } from "./lexicon.js";
import { hasForm, type Word } from "./words.js";

let bodies: Set<string> | undefined;
const bodyNouns = () => (bodies ??= normSet(readLexicon<{ named_bodies: string[] }>("titles.yaml").named_bodies));
// (the particles and prose verbs end a body's name; the nouns that end a person's — المشتركة —
// may be in it: "غرفة التجارة المشتركة")
let ends: Set<string> | undefined;
const nameEnds = () => {
  if (ends) return ends;
  const f = readLexicon<{ particles: string[]; verbs: string[]; weekdays: string[] }>("function-words.yaml");
  return (ends = normSet([...f.particles, ...f.verbs, ...f.weekdays]));
};

/** the longest a body's name runs after its noun */
const MAX_NAME = 6;

/**
 * The full title of each bare "head + الN" title of a sentence: the head with the name of the
 * N-body named before it, in its own sentence or the one before. (Given to the title's entity
 * after coreference, and only when no name is known for it: "مدير الجامعة" may be the director
 * the article named before.)
 */
export function nameBodiesOfTitles(views: readonly SentenceView[], isVerb: (w: Word | undefined) => boolean): Map<PersonMention, string> {
  const out = new Map<PersonMention, string>();
  for (let v = 0; v < views.length; v++) {
    for (const m of views[v].people) {
      if (m.type !== "title" || m.name || m.w1 - m.w0 !== 2 || !m.title) continue;
      // (a person named right after is the title's holder: "مدير الجامعة الدكتور X")
      if (views[v].people.some((p) => p !== m && p.w0 === m.w1)) continue;
      const noun = views[v].words[m.w0 + 1];
      if (noun.conj || !noun.norm.startsWith("ال")) continue;
      const bare = noun.norm.slice(2);
      if (!bodyNouns().has(bare)) continue;
      const full = namedBody(views[v], m.w0, bare, isVerb) ?? (v > 0 ? namedBody(views[v - 1], views[v - 1].words.length, bare, isVerb) : null);
      if (full) out.set(m, `${m.title.slice(0, m.title.lastIndexOf(" "))} ${full}`);
    }
  }
  return out;
}

/** Before word `before`, the last "N + its name" (N indefinite), as written; null when none. */
function namedBody(s: SentenceView, before: number, noun: string, isVerb: (w: Word | undefined) => boolean): string | null {
  const L = mentionLexicon();
  const { words } = s;
  // (a body's name is no one's: it ends where a person's mention begins — "لجامعة X الدكتور Y")
  const person = new Uint8Array(words.length);
  for (const p of s.people) if (p.type !== "org") for (let k = p.w0; k < p.w1; k++) person[k] = 1;
  for (let j = before - 1; j >= 0; j--) {
    const w = words[j];
    if (w.token.kind !== "word" || w.forms[w.forms.length - 1] !== noun || w.norm.startsWith("ال") || person[j]) continue;
    let k = j + 1;
    while (k < words.length && k - j <= MAX_NAME && words[k].token.kind === "word" && !person[k] && !L.rankFirst.has(words[k].norm) &&
      !hasForm(words[k], nameEnds()) && !hasForm(words[k], L.heads) && !hasForm(words[k], glue().headed_by) && !isVerb(words[k])) k++;
    // (the noun alone names nothing: "في مستشفى، التقى رئيس المستشفى")
    if (k === j + 1) return null;
    return [bareText(w), ...words.slice(j + 1, k).map((x) => x.token.text)].join(" ");
  }
  return null;
}

/** the word as written without the clitics in front of its noun ("بمستشفى" → "مستشفى") */
function bareText(w: Word): string {
  return w.token.text.slice(w.norm.length - w.forms[w.forms.length - 1].length);
}
