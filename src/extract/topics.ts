// Topics of an encounter: cue phrases (data/lexicon/topics.yaml) found in the text that
// the article attributes to the encounter. Topic ids follow ../shared/spec/topics.json.
import { normalize } from "../text/normalize.js";
import { readLexicon } from "./lexicon.js";
import type { Word } from "./words.js";

interface Cue { words: string[]; prefix: boolean[]; topic: string }

class TopicLexicon {
  /** cues indexed by their first word (exact) */
  byFirst = new Map<string, Cue[]>();
  /** cues whose first word ends with * (prefix match), checked by 3-letter stem */
  prefixFirst = new Map<string, Cue[]>();

  constructor() {
    const raw = readLexicon<Record<string, string[]>>("topics.yaml");
    for (const [topic, cues] of Object.entries(raw)) {
      for (const c of cues ?? []) {
        const parts = normalize(String(c)).split(/\s+/).filter(Boolean);
        // a definite noun phrase also reads indefinite: "التدخل الأجنبي" → "تدخل أجنبي"
        const indefinite = parts.length > 1 && parts.every((p) => p.startsWith("ال") && p.length >= 4) ? parts.map((p) => p.slice(2)) : null;
        for (const ps of indefinite ? [parts, indefinite] : [parts]) {
          const cue: Cue = { words: ps.map((p) => p.replace(/\*$/, "")), prefix: ps.map((p) => p.endsWith("*")), topic };
          if (cue.prefix[0]) {
            const k = cue.words[0].slice(0, 3);
            (this.prefixFirst.get(k) ?? this.prefixFirst.set(k, []).get(k)!).push(cue);
          } else {
            (this.byFirst.get(cue.words[0]) ?? this.byFirst.set(cue.words[0], []).get(cue.words[0])!).push(cue);
          }
        }
      }
    }
    // longest cues first, so "الهجرة غير الشرعية" is preferred over "الهجرة"
    for (const list of [...this.byFirst.values(), ...this.prefixFirst.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }
}

let lex: TopicLexicon | undefined;
const topicLexicon = () => (lex ??= new TopicLexicon());

function matches(w: Word, cueWord: string, prefix: boolean): boolean {
  for (const f of w.forms) if (prefix ? f.startsWith(cueWord) : f === cueWord) return true;
  return false;
}

/** Does the cue stand at word i, inside [.., to)? */
function fits(words: Word[], i: number, to: number, cue: Cue): boolean {
  if (i + cue.words.length > to) return false;
  for (let k = 0; k < cue.words.length; k++) if (!matches(words[i + k], cue.words[k], cue.prefix[k])) return false;
  return true;
}

/**
 * A state named as the other side of a border ("الحدود المشتركة مع السودان وتشاد") is where the
 * border runs, not a crisis there that was discussed: back past the list to مع, and a border word
 * just before it.
 */
function borderPartner(words: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 8 && words[k].norm !== "مع") k--;
  if (k < 0 || words[k].norm !== "مع") return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (words[j].forms.some((f) => /^(ال)?حدود/.test(f) || f === "الشريط")) return true;
  return false;
}

const byLength = (a: Cue, b: Cue) => b.words.length - a.words.length;
/** the lexicon's list of phrases that cover a cue's words and give no topic */
const NOT_A_TOPIC = "not_topics";

/**
 * Topic ids whose cues occur in the words, with the word index where each was found. `named`
 * marks words that open no cue (a person's title).
 */
export function topicsIn(words: Word[], from = 0, to = words.length, named?: (i: number) => boolean): Map<string, number> {
  const L = topicLexicon();
  const found = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (named?.(i)) continue;
    if (w.token.kind !== "word" && w.token.kind !== "number") continue;
    // (most words open no cue: no list is made for them)
    let candidates: Cue[] | undefined;
    for (const f of w.forms) {
      const a = L.byFirst.get(f);
      if (a) (candidates ??= []).push(...a);
      const b = L.prefixFirst.get(f.slice(0, 3));
      if (b) (candidates ??= []).push(...b);
    }
    if (!candidates) continue;
    // the longest cue at a position wins and covers its words: "تأمين الحدود البحرية" is
    // maritime, not also the land-border cue "تأمين الحدود" inside it
    candidates.sort(byLength);
    // "التعاون العسكري والأمني": an adjective joined by و to the head's first adjective is the
    // head's too ("التعاون الأمني")
    const joined = i + 2 < to && words[i + 1].token.kind === "word" && !words[i + 1].conj && words[i + 1].norm.startsWith("ال") && words[i + 2].conj === "و" ? words[i + 2].forms[1] : undefined;
    if (joined?.startsWith("ال")) {
      for (const cue of candidates) {
        if (cue.words.length === 2 && !found.has(cue.topic) && matches(w, cue.words[0], cue.prefix[0]) && (cue.prefix[1] ? joined.startsWith(cue.words[1]) : joined === cue.words[1])) found.set(cue.topic, i + 2);
      }
    }
    const best = candidates.find((cue) => fits(words, i, to, cue));
    if (!best) continue;
    // (a cue listed under two topics gives both: "الأمن والدفاع" is security and defence cooperation)
    for (const cue of candidates) if (cue.words.length === best.words.length && cue.topic !== NOT_A_TOPIC && !found.has(cue.topic) && fits(words, i, to, cue) && !(cue.topic === "regional_security" && borderPartner(words, i))) found.set(cue.topic, i);
    i += best.words.length - 1;
  }
  return found;
}
