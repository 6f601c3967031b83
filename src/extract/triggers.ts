// Finds the words that report an encounter (data/lexicon/events.yaml): meeting verbs
// (بحث مع، التقى، استقبل، اجتمع ...), light-verb constructions (عقد اجتماعا، أجرى اتصالا
// هاتفيا، تلقى مكالمة)، and nominal reports (لقاء X مع Y، خلال لقائه مع). Each trigger says
// how to find its participants (its frame) and carries the id of the rule that found it.
import type { EventType } from "../types.js";
import { normalize } from "../text/normalize.js";
import { normSet, phraseWords, PhraseTrie, readLexicon } from "./lexicon.js";
import { frameWords as glue } from "./frame-words.js";
import { hasForm, isPunct, type Word } from "./words.js";

export type Frame = "with" | "object" | "from" | "between" | "pair" | "group" | "visit" | "arrive" | "guest_of" | "received";

export interface Trigger {
  /** first and end word index of the trigger phrase in the sentence */
  w0: number;
  w1: number;
  type: EventType;
  frame: Frame;
  role?: "subject_host" | "object_host";
  firstPerson?: boolean;
  /** a nominal trigger with a possessive pronoun ("لقائه"): the subject is someone already named */
  pronoun?: boolean;
  /** the future/planned marker on the verb itself (سيلتقي) */
  future?: boolean;
  weak?: boolean;
  /**
   * a trigger that reports an encounter only if the right people follow it (NOUN_BEFORE_NAMES,
   * VISIT_TO_PERSON): events.ts checks them, and alone it does not wake the tagger
   */
  tentative?: boolean;
  rule: string;
}

interface VerbSpec { forms: string[]; frame: Frame; role?: "subject_host" | "object_host"; person?: number; weak?: boolean; after_noun?: boolean; by_phone?: boolean }
interface EventLexicon {
  verbs: Record<string, VerbSpec[]>;
  light_verbs: { verbs: string[]; nouns: Record<string, string[]>; receive: string[]; first_person?: string[] };
  nouns: Record<string, string[]>;
  status: { planned: string[]; later?: string[]; planned_arrive: string[]; intent?: string[]; proposal: string[]; holding: string[]; cancelled: string[]; denied: string[]; denied_truth?: string[]; not_on_agenda?: string[] };
  background: string[];
  reception_nouns: string[];
  object_nouns: string[];
  visit_nouns?: string[];
  purpose_nouns: string[];
  not_after: string[];
  not_after_call?: string[];
  call_markers?: string[];
  match_cues?: string[];
  held_nouns?: string[];
  time_words?: string[];
}

interface VerbEntry { type: EventType; frame: Frame; role?: VerbSpec["role"]; firstPerson: boolean; weak: boolean; afterNoun: boolean; byPhone: boolean; rule: string }

class TriggerLexicon {
  verbs = new Map<string, VerbEntry[]>();
  lightVerbs: Set<string>;
  receive: Set<string>;
  /** light verbs in the first person (an interview's answer: the one interviewed) */
  firstPersonLight: Set<string>;
  lightNouns = new PhraseTrie<EventType>();
  nouns = new Map<string, EventType>();
  planned: Set<string>;
  plannedPhrases = new PhraseTrie<string>();
  /** "لاحقا": planned unless the verb is in the past */
  later: Set<string>;
  /** hope and intent right before the verb ("يأمل أن يلتقي"): planned only there */
  intentPhrases = new PhraseTrie<string>();
  plannedArrive: Set<string>;
  cancelled: Set<string>;
  /** verbs and nouns that call for a meeting, and the masdars of holding one between (events.yaml status) */
  proposal: Set<string>;
  holding: Set<string>;
  denied = new PhraseTrie<string>();
  notOnAgenda = new PhraseTrie<string>();
  deniedTruth = new Set<string>();
  reception: Set<string>;
  objectNouns: Set<string>;
  /** nouns of a visit, a meeting when paid to a person (see VISIT_TO_PERSON) */
  visitNouns: Set<string>;
  /** words after which a meeting noun names something else (حفل استقبال، مراكز الاستقبال، على اتصال) */
  notAfter: Set<string>;
  notAfterCall: Set<string>;
  /** a meeting noun followed by one of these is a sports match */
  matchCues: Set<string>;
  /** more nouns of an encounter, for verbs that need one beside them (مؤتمر، جلسة) */
  heldNouns: Set<string>;
  /** words of time between a possessed meeting noun and its object */
  timeWords: Set<string>;
  purpose: Set<string>;
  /** هاتفيا، اتصالا … (events.yaml call_markers) */
  callMarkers: Set<string>;

  constructor() {
    const L = readLexicon<EventLexicon>("events.yaml");
    for (const [type, specs] of Object.entries(L.verbs)) {
      for (const s of specs) {
        for (const f of s.forms) {
          const n = normalize(f);
          const list = this.verbs.get(n) ?? [];
          list.push({ type: type as EventType, frame: s.frame, role: s.role, firstPerson: s.person === 1, weak: !!s.weak, afterNoun: !!s.after_noun, byPhone: !!s.by_phone, rule: `verb:${type}:${s.frame}` });
          this.verbs.set(n, list);
        }
      }
    }
    this.lightVerbs = normSet(L.light_verbs.verbs);
    this.callMarkers = normSet((L.call_markers ?? []).filter((w) => !w.includes(" ")));
    this.receive = normSet(L.light_verbs.receive);
    this.firstPersonLight = normSet(L.light_verbs.first_person ?? []);
    for (const [type, nouns] of Object.entries(L.light_verbs.nouns)) for (const nn of nouns) this.lightNouns.add(phraseWords(nn), type as EventType);
    for (const [type, nouns] of Object.entries(L.nouns)) for (const nn of nouns) this.nouns.set(normalize(nn), type as EventType);
    this.planned = normSet(L.status.planned.filter((p) => !p.includes(" ")));
    for (const p of L.status.planned) this.plannedPhrases.add(phraseWords(p), p);
    this.later = normSet(L.status.later);
    for (const p of L.status.intent ?? []) this.intentPhrases.add(phraseWords(p), p);
    this.plannedArrive = normSet(L.status.planned_arrive);
    this.cancelled = normSet(L.status.cancelled);
    this.proposal = normSet(L.status.proposal);
    this.holding = normSet(L.status.holding);
    for (const p of L.status.denied) this.denied.add(phraseWords(p), p);
    for (const p of L.status.not_on_agenda ?? []) this.notOnAgenda.add(phraseWords(p), p);
    this.deniedTruth = normSet(L.status.denied_truth ?? []);
    this.reception = normSet(L.reception_nouns);
    this.objectNouns = normSet(L.object_nouns);
    this.visitNouns = normSet(L.visit_nouns ?? []);
    this.purpose = normSet(L.purpose_nouns);
    this.notAfter = normSet(L.not_after);
    this.notAfterCall = normSet(L.not_after_call ?? []);
    this.matchCues = normSet(L.match_cues ?? []);
    this.heldNouns = normSet(L.held_nouns ?? []); // single words, checked one by one
    this.timeWords = normSet(L.time_words ?? []);
  }
}

let lex: TriggerLexicon | undefined;
export const triggerLexicon = (): TriggerLexicon => (lex ??= new TriggerLexicon());

const PRONOUN_SUFFIX = /(ه|ها|هما|هم)$/;

/** A meeting noun with a pronoun of its own ("لقائه"، "اجتماعها"; not "اللقاء" read with a pronoun ه). */
function possessedNoun(L: TriggerLexicon, w: Word): boolean {
  const last = w.forms[w.forms.length - 1];
  return PRONOUN_SUFFIX.test(last) && !L.nouns.has("ال" + last);
}

/** What the lexicon says of a word on its own: asked of every word of every sentence. */
interface WordTrigger {
  lightVerb: boolean;
  verb: VerbEntry | undefined;
  noun: EventType | undefined;
}

function wordTrigger(L: TriggerLexicon, w: Word): WordTrigger {
  // kept on the word's lexeme: the same words come back in every article (see Lexeme)
  const lx = w.token.lex;
  if (lx !== undefined && lx.triggerOwner === L) return lx.trigger as WordTrigger;
  const v = firstEntry(L.verbs, w) ?? futureEntry(L.verbs, w);
  const t: WordTrigger = {
    lightVerb: hasForm(w, L.lightVerbs),
    // a verb with the pronoun ه is never written with ة: "جمعة" (Friday, a name) is not جمع + ه
    verb: v && /ة[\u064B-\u0652]*$/.test(w.token.text) ? undefined : v,
    noun: nounOf(L, w),
  };
  if (lx !== undefined) {
    lx.triggerOwner = L;
    lx.trigger = t;
  }
  return t;
}

/** All encounter triggers of a sentence, in order. */
export function findTriggers(words: Word[]): Trigger[] {
  const L = triggerLexicon();
  const out: Trigger[] = [];
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (w.token.kind !== "word") continue;
    const wt = wordTrigger(L, w);
    // light verb + noun within the clause: "عقد اليوم اجتماعا", "تلقى الرئيس مكالمة هاتفية"
    if (wt.lightVerb) {
      for (let k = i + 1; k < Math.min(n, i + 40); k++) {
        if (words[k].token.kind === "punct" && ".؟!".includes(words[k].token.text)) break;
        const m = L.lightNouns.longest(k, n, (x) => words[x].forms);
        // (a sports match: "تلقى النادي ... في لقاء السوبر أمام الاتحاد")
        if (m && matchCueWithin(L, words, m.end, 3)) break;
        if (m) {
          const type = m.values[0];
          const receive = w.forms.some((f) => L.receive.has(f));
          const between = words.slice(m.end, m.end + 4).some((x) => x.norm === "بين");
          const reception = words.slice(k, m.end).some((x) => x.forms.some((f) => L.reception.has(f)));
          // ("أقام مأدبة عشاء على شرف X": X, the guest, after "على شرف")
          const honour = words.slice(m.end, m.end + 3).some((x) => x.norm === "شرف");
          const frame: Frame = receive ? "from" : between ? "between" : reception || honour ? "object" : "with";
          out.push({ w0: i, w1: m.end, type, frame, future: isFuture(w), firstPerson: w.forms.some((f) => L.firstPersonLight.has(f)), rule: `light:${type}:${frame}` });
          i = m.end - 1;
          break;
        }
        // another verb in between ends the construction (not "to include" of the subject's
        // delegation: "أجرى وفد … يضم A، وB، مباحثات مع …")
        if (L.verbs.has(words[k].forms[words[k].forms.length - 1]) && !wordTrigger(L, words[k]).verb?.afterNoun) break;
        // and so does another light verb, whose noun it is ("وجرى اللقاء …، قبل أن يعقد A وB
        // مؤتمرا صحفيا": the press conference is the second verb's)
        if (words[k].forms.some((f) => L.lightVerbs.has(f))) break;
      }
      if (out.length && out[out.length - 1].w0 === i) continue;
      if (out.length && out[out.length - 1].w1 - 1 === i) continue;
    }
    const v = wt.verb;
    // "ضمت القائمة ..." (the list included): such a verb reports a meeting only when the
    // sentence names the meeting before it or right after it ("في اجتماع مصغر ...، ضم", "ضم اللقاء")
    if (v && v.afterNoun && !meetingNamedAround(L, words, i)) continue;
    // "تحدث هاتفيا مع X": a verb of speaking is a call only with the phone said right after it
    // (a day and the means may stand between: "تحدثت الثلاثاء عبر تقنية الاتصال المرئي مع X";
    // not what was spoken of: "تحدث عن وسائل الاتصال")
    if (v && v.byPhone && !byPhoneAfter(L, words, i)) continue;
    if (v) {
      out.push({ w0: i, w1: i + 1, type: v.type, frame: v.frame, role: v.role, firstPerson: v.firstPerson || writtenFirstPerson(w), weak: v.weak, future: isFuture(w) || purposeVerb(L, w), rule: v.rule });
      continue;
    }
    // "قام X بزيارة إلى المشير Y"، "زيارة مجاملة لرئيس …": a visit paid to someone named after إلى or ل
    if (w.forms.some((f) => L.visitNouns.has(f)) && visitedNext(words, i + 1)) {
      out.push({ w0: i, w1: i + 1, type: "meeting", frame: "object", pronoun: /(ه|ها)$/.test(w.norm), tentative: true, rule: VISIT_TO_PERSON });
      continue;
    }
    // nominal: "لقاء ... مع", "لقائه مع", "اجتماع بين ... و"
    const nounType = wt.noun;
    const isMatch = !!nounType && matchCueWithin(L, words, i + 1, 3);
    const blocked = i > 0 && words[i - 1].forms.some((f) => L.notAfter.has(f) || (nounType === "call" && L.notAfterCall.has(f)));
    if (nounType && !isMatch && !blocked && !meansOfVerb(out, words, i)) {
      const pronoun = possessedNoun(L, w);
      let carrier = -1; // a light verb with the noun as its pronoun object, passed on the way
      let resumeAt = -1;
      // (past a light verb carrying the noun, its subject's title may be long: "اتصال هاتفي أجرته
      // وزيرة الدولة البريطانية لأمن الحدود واللجوء X، الشهر الماضي، مع Y")
      for (let k = i + 1; k < Math.min(n, i + (carrier >= 0 ? 24 : 12)); k++) {
        const x = words[k];
        if (x.token.kind === "punct" && ".؟!:".includes(x.token.text)) break;
        // a relative clause on another noun ends the search ("المحادثات حول مذكرة التفاهم التي
        // وقعتها أنقرة مع حكومة الوفاق"), unless it is the noun's own ("التي أجراها مع X")
        if (k > i + 1 && glue().relative_pronouns.has(x.norm) && words[k + 1] && !objectPronounless(words[k + 1]).some((f) => L.lightVerbs.has(f))) break;
        // (a بين another noun takes for itself is that noun's: "لوقف القتال بين الجماعات")
        if (x.norm === "بين" && k > i + 1 && hasForm(words[k - 1], glue().own_between)) break;
        // (a visit named on the way owns what follows it: "وجاء الاتصال بعد أسابيع من زيارة أجراها
        // X إلى تونس، التقى خلالها Y" — أجراها is the visit's, and X no one the call was with)
        if (k > i + 1 && x.forms.some((f) => L.visitNouns.has(f))) break;
        if (x.norm === "مع" || x.norm === "بين") {
          out.push({ w0: i, w1: i + 1, type: nounType, frame: x.norm === "بين" ? "between" : "with", pronoun: pronoun || carrier >= 0, rule: `noun:${nounType}:${x.norm === "بين" ? "between" : "with"}` });
          // ("المباحثات التي أجراها مع X": the verb is part of this report, not another one)
          if (carrier >= 0) resumeAt = k;
          break;
        }
        // "في اتصال هاتفي تلقاه من X" / "أجراه مع X": a light verb carrying the noun as its pronoun
        // object goes on the noun's report — received: from X; made: with X (found next)
        const bare = objectPronounless(x);
        if (bare.some((f) => L.lightVerbs.has(f)) && !x.forms.some((f) => L.lightVerbs.has(f))) {
          // (its subject may stand between: "اتصال هاتفي تلقاه Y من X")
          let from = k + 1;
          if (bare.some((f) => L.receive.has(f))) while (from < Math.min(n, k + 6) && words[from].norm !== "من" && words[from].token.kind === "word") from++;
          if (bare.some((f) => L.receive.has(f)) && words[from]?.norm === "من") {
            out.push({ w0: i, w1: i + 1, type: nounType, frame: "from", pronoun: true, rule: `noun:${nounType}:from` });
            resumeAt = from;
            break;
          }
          carrier = k;
          // "خلال محادثات أجرياها": the dual verb says the two people just named held it together
          if (bare.some((f) => f.endsWith("ا") && L.lightVerbs.has(f.slice(0, -1)))) {
            out.push({ w0: i, w1: i + 1, type: nounType, frame: "between", pronoun: true, rule: `noun:${nounType}:theirs` });
            resumeAt = k + 1;
            break;
          }
          continue;
        }
        if (firstEntry(L.verbs, x) || x.forms.some((f) => L.lightVerbs.has(f))) break;
        // another encounter noun of someone's own owns the مع after it: "قال X في اتصال هاتفي
        // لـ«الصحيفة»، عقب لقائه مع Y" is an interview by phone and a meeting, not a call with Y
        // (not the noun again: "لقاء A بـB …، وهو اللقاء الذي …")
        if (x.forms.some((f) => L.nouns.has(f)) && possessedNoun(L, x)) break;
      }
      // "اتصال هاتفي أجرته X بالدبيبة": made, with the one met behind ب rather than مع
      if (carrier >= 0 && resumeAt < 0 && !objectPronounless(words[carrier]).some((f) => L.receive.has(f))) {
        for (let k = carrier + 1; k < Math.min(n, carrier + 9) && !isPunct(words[k]); k++) {
          const x = words[k];
          if (/^ب/.test(x.norm) && x.forms.length > 1 && x.norm.length > 3 && !x.conj) {
            out.push({ w0: i, w1: i + 1, type: nounType, frame: "with", pronoun: true, rule: `noun:${nounType}:with` });
            resumeAt = k;
            break;
          }
        }
      }
      if (resumeAt >= 0) {
        i = resumeAt - 1;
        continue;
      }
      // "اتفق X ونظيراه Y وZ، خلال قمة ثلاثية احتضنتها غدامس": the people named before the comma
      // held the meeting it names (events.ts takes them only when two or more stand joined there)
      if ((!out.length || out[out.length - 1].w0 !== i) && !pronoun && nounType === "meeting" && i >= 2 && DURING_WORDS.has(words[i - 1].norm) && isPunct(words[i - 2], "،,")) {
        out.push({ w0: i, w1: i + 1, type: nounType, frame: "between", rule: `noun:${nounType}:during` });
        continue;
      }
      // "هنأ X Y، في اتصال هاتفي"، "أكد X لـY خلال اتصال هاتفي": a call no encounter verb tells
      // of, by which the verb before it was said — between its subject and the one addressed
      // (not a definite noun — "في الاتصال على هاتف الطوارئ" — nor in reported speech, "قال
      // المتحدث إن الوزير … في اتصال هاتفي", where the two named last are not caller and called)
      // (nor a call given to the one named behind ل after it — "قال X في اتصال هاتفي لـ«الصحيفة»" is
      // an interview by phone; "في اتصال هاتفي للرئيس" names its caller)
      if (!out.length && !pronoun && nounType === "call" && i >= 3 && glue().means.has(words[i - 1].norm) && !w.forms.some((f) => f.startsWith("ال")) &&
        !words.slice(0, i).some((x) => x.norm === "مع" || x.norm === "ان" || x.norm === "بان" || x.norm === "وان") && !givenTo(L, words, i + 1)) {
        out.push({ w0: i, w1: i + 1, type: "call", frame: "between", pronoun: true, rule: "noun:call:theirs" });
        continue;
      }
      // "أكد X للسفير Y، خلال استقباله له"، "خلال لقائه بها": one's meeting with the one a second
      // pronoun points back to — the two people just named met each other
      // (not after an encounter the sentence already told: "ناقش X مع Y … خلال لقائه بها" is that one)
      if (!out.length && pronoun && nounType === "meeting" && /(ه|ها)$/.test(w.norm) && RESUMPTIVE.test(words[i + 1]?.norm ?? "")) {
        out.push({ w0: i, w1: i + 1, type: nounType, frame: "between", pronoun: true, rule: `noun:${nounType}:theirs` });
        continue;
      }
      // "خلال لقائهما": the two people just named met each other
      if ((!out.length || out[out.length - 1].w0 !== i) && /هما$/.test(w.norm)) {
        out.push({ w0: i, w1: i + 1, type: nounType, frame: "between", pronoun: true, rule: `noun:${nounType}:theirs` });
        continue;
      }
      // "اختتم جولته بلقاء X" / "توجه إلى بنغازي للقاء X": the meeting's counterpart follows the noun;
      // so it does a possessed meeting noun: "خلال لقائه السفير الإيطالي" (events.ts takes a person
      // right after it, or past a time and a place) — not "لقائه بها": a preposition or function word after it
      // (past a word of time: "خلال لقائه أمس الخميس وزيرة الخارجية")
      let after = i + 1;
      while (after < n && L.timeWords.has(words[after].norm)) after++;
      // (or past a place: "بعد لقائه في X الشهر الماضي وزير الخارجية …" — events.ts wants the
      // person right after the time and the place)
      if (pronoun && words[after]?.norm === "في" && words[after + 1]?.token.kind === "word") {
        let k = after + 2;
        while (k < n && (L.timeWords.has(words[k].norm) || glue().period_words.has(words[k].norm))) k++;
        if (k > after + 2) after = k;
      }
      // (or past a time set off by commas, and a place, to one met behind ب: "خلال لقائها، يوم
      // الاثنين، في طرابلس بالسفير …")
      if (pronoun && !/^ب/.test(words[after]?.norm ?? "")) {
        let k = after;
        for (let step = 0; step < 8 && k < n; step++) {
          if (isPunct(words[k], "،,") || L.timeWords.has(words[k].norm)) k++;
          else if (words[k].norm === "في" && words[k + 1]?.token.kind === "word" && /^ب/.test(words[k + 2]?.norm ?? "")) k += 2;
          else break;
        }
        if (k > after && /^ب/.test(words[k]?.norm ?? "") && words[k].forms.length > 1) after = k;
      }
      const next = words[after];
      // (or past في and the place it names, to the person: "خلال لقائها أمس في قصر كيجي رئيس المجلس
      // …" — events.ts takes him only when the words between say no more than when and where)
      // (a pronoun as written — "القمة في نسختها" has none; its ة only reads as ه)
      const atPlace = pronoun && /(ه|ها|هما|هم)[\u064B-\u0652]*$/.test(w.token.text) && !w.forms.some((f) => L.reception.has(f)) && next?.norm === "في" && words[after + 1]?.token.kind === "word";
      const possessedObject = pronoun && nounType === "meeting" && next?.token.kind === "word" && ((!PREPOSITION_AFTER.has(next.norm) &&
        !particles().has(next.norm)) || atPlace) && !/^(ب|ل|مع|عن|من|الي|علي)(ه|ها|هم|هما)$/.test(next.norm);
      if ((!out.length || out[out.length - 1].w0 !== i) && (L.objectNouns.has(w.norm) || possessedObject) && (words[i + 1]?.token.kind === "word" || after > i + 1)) {
        out.push({ w0: i, w1: i + 1, type: "meeting", frame: "object", pronoun: true, future: L.purpose.has(w.norm), rule: "noun:meeting:object" });
        continue;
      }
      // "استقبال المشير X لمدير ...": a reception names host then guest (after ل)
      if ((!out.length || out[out.length - 1].w0 !== i) && w.forms.some((f) => L.reception.has(f))) {
        out.push({ w0: i, w1: i + 1, type: "meeting", frame: "object", pronoun, rule: "noun:meeting:reception" });
        continue;
      }
      // "لقاء بوتين وكيري": a meeting noun in construct with two names joined by و (events.ts
      // takes it only when exactly that follows: a name, then و and a name)
      if ((!out.length || out[out.length - 1].w0 !== i) && nounType === "meeting" && !pronoun && !w.forms.some((f) => f.startsWith("ال")) &&
        next?.token.kind === "word" && after === i + 1) {
        out.push({ w0: i, w1: i + 1, type: "meeting", frame: "pair", tentative: true, rule: NOUN_BEFORE_NAMES });
      }
    }
  }
  return withoutQuotedTitles(words, out);
}

/** The triggers outside the quoted title of a work ("نشرنا خبرا بعنوان «المنفي يبحث مع X …»"). */
function withoutQuotedTitles(words: Word[], found: Trigger[]): Trigger[] {
  if (!found.length) return found;
  let out = found;
  for (let k = 0; k + 1 < words.length; k++) {
    if (!glue().titled.has(words[k].norm) || !isPunct(words[k + 1], "«\"“")) continue;
    let close = k + 2;
    while (close < Math.min(words.length, k + 30) && !isPunct(words[close], "»\"”")) close++;
    if (close >= words.length || !isPunct(words[close], "»\"”")) continue;
    out = out.filter((t) => t.w0 <= k + 1 || t.w0 >= close);
  }
  return out;
}

/** The rule of a visit noun before إلى or ل + someone ("بزيارة إلى المشير X"): kept only where a person is visited. */
export const VISIT_TO_PERSON = "noun:meeting:visit";

/** إلى, or a word with ل, right after a visit noun (past one qualifier: "زيارة مجاملة لـ …"). */
function visitedNext(words: Word[], k: number): boolean {
  for (let j = k; j < Math.min(words.length, k + 2); j++) {
    const x = words[j];
    if (x.norm === "الي") return true;
    if (/^ل/.test(x.norm) && x.forms.length > 1) return true;
    if (x.token.kind !== "word") return false;
  }
  return false;
}

/** The rule of a meeting noun that may stand before two names ("لقاء بوتين وكيري"): kept only where they do. */
export const NOUN_BEFORE_NAMES = "noun:meeting:names";

/** A sports-match cue among the `span` words from `from` ("لقاء السوبر أمام النصر"، "اللقاء الودي"). */
function matchCueWithin(L: TriggerLexicon, words: Word[], from: number, span: number): boolean {
  for (let k = from; k < Math.min(words.length, from + span); k++) if (hasForm(words[k], L.matchCues)) return true;
  return false;
}

/** A meeting noun in the sentence before word i, or in the two words after it. */
function meetingNamedAround(L: TriggerLexicon, words: Word[], i: number): boolean {
  const meetingAt = (k: number) => words[k].token.kind === "word" && (wordTrigger(L, words[k]).noun !== undefined || hasForm(words[k], L.heldNouns));
  for (let k = i + 1; k < Math.min(words.length, i + 3); k++) if (meetingAt(k)) return true;
  // before it, back to the nearest noun it may belong to: a delegation or group includes its
  // members ("التقى X، على هامش المؤتمر، وفدا رفيع المستوى ضم A وB": no meeting of A with B)
  for (let k = i - 1; k >= 0; k--) {
    if (hasForm(words[k], glue().group_objects)) return false;
    // (nor a visit it carries: "ويأتي اللقاء بعد زيارة أجراها X إلى بنغازي" — X made the visit)
    if (words[k].forms.some((f) => L.visitNouns.has(f))) return false;
    if (meetingAt(k)) return true;
  }
  return false;
}

let pluperfect: Set<string> | undefined;
/** "كان"، "سبق" and their forms (events.yaml pluperfect): what follows them is told as background. */
export const pluperfectWords = () => (pluperfect ??= normSet(readLexicon<{ pluperfect: string[] }>("events.yaml").pluperfect));

let proseVerbSet: Set<string> | undefined;
/** Verbs of news prose (function-words.yaml verbs), normalized. */
const proseVerbs = () => (proseVerbSet ??= normSet(readLexicon<{ verbs: string[] }>("function-words.yaml").verbs));

/**
 * The trigger is a verb in the past: not prefixed ي ن س, and a ت that is not the present's.
 */
function pastVerb(L: TriggerLexicon, words: Word[], t: Trigger): boolean {
  if (!t.rule.startsWith("verb:") && !t.rule.startsWith("light:")) return false;
  const f = words[t.w0].forms[words[t.w0].forms.length - 1];
  return !/^[ينس]/.test(f) && !presentTa(f);
}

/**
 * A verb form whose ت is the present's prefix — the lexicon has it with ي (تلتقي is يلتقي's) —
 * not its stem's own (تباحث، ترأس، تناول have no يباحث).
 */
export function presentTa(f: string): boolean {
  const L = triggerLexicon();
  return f.startsWith("ت") && (L.verbs.has("ي" + f.slice(1)) || L.lightVerbs.has("ي" + f.slice(1)));
}

/**
 * A verb with the future prefix: س on an imperfect the lexicons know as a verb ("سيزور"،
 * "سيتوجه"، "سيعقد"). The prefix alone is not enough: "سياسة" and "سيارات" begin the same way.
 */
function futureVerb(L: TriggerLexicon, w: Word): boolean {
  const base = withoutFuturePrefix(w);
  return !!base && (L.verbs.has(base) || L.lightVerbs.has(base) || proseVerbs().has(base));
}

/** A verb of everyday prose (قال، يقوم، يعود …) with the future prefix: "سيقوم"، "ستعود". */
export function futureProseVerb(w: Word): boolean {
  const base = withoutFuturePrefix(w);
  return !!base && proseVerbs().has(base);
}

let particleSet: Set<string> | undefined;
/** Function words (data/lexicon/function-words.yaml particles), normalized. */
const particles = () => (particleSet ??= normSet(readLexicon<{ particles: string[] }>("function-words.yaml").particles));

const DURING_WORDS = new Set(["خلال", "وخلال", "في", "اثناء"]);
/**
 * "بحثت، في اتصال مرئي، مع X": an encounter noun behind في/عبر right after a verb of encounter
 * (a comma between at most) is how that verb's encounter took place, not another one; the verb
 * keeps its مع (and reads as a call).
 */
function meansOfVerb(out: Trigger[], words: Word[], i: number): boolean {
  const last = out[out.length - 1];
  if (!last || last.rule.startsWith("noun:") || i < 1 || !glue().means.has(words[i - 1].norm)) return false;
  // "كما استقبل رئيس الحكومة، في لقاء منفصل، X": set apart, the noun tells how the verb's own
  // encounter took place, past the verb's subject
  if (hasForm(words[i + 1], glue().apart) && i - last.w1 <= 8) return true;
  let k = i - 2;
  // (past a word of time too: "بحثت الأسبوع الماضي في اتصال هاتفي مع X")
  while (k >= 0 && k >= last.w1 - 1 && (isPunct(words[k]) || triggerLexicon().timeWords.has(words[k].norm) || glue().period_words.has(words[k].norm))) k--;
  if (k === last.w1 - 1) return true;
  // (or past what the verb discussed, a definite noun and its adjectives: "وكان X قد ناقش الملف
  // الليبي في اتصال هاتفي مع Y")
  const what = words.slice(last.w1, i - 1);
  return last.frame === "with" && what.length >= 1 && what.length <= 3 && what.every((w) => !w.conj && w.token.kind === "word" && w.norm.startsWith("ال")) &&
    !words.slice(last.w1, i).some((w) => w.norm === "مع");
}

/**
 * "ولن ألتقي حفتر": normalized, the first person of a form VIII or X verb is its third person's
 * past (ألتقي = التقى); as written, its hamza on the alef says "I" (the past has none).
 */
function writtenFirstPerson(w: Word): boolean {
  return /^[وف]?أ/.test(w.token.text) && /^(ال?ت|اجت|است)/.test(w.conj ? w.forms[1] ?? "" : w.norm);
}

/** A verb's forms without an object pronoun ه/ها; a final ى written ا before it comes back ("تلقاه" → تلقي). */
function objectPronounless(w: Word): string[] {
  const out: string[] = [];
  for (const f of w.forms) {
    const m = /^(.{2,})(ه|ها)$/.exec(f);
    if (!m) continue;
    out.push(m[1]);
    if (m[1].endsWith("ا")) out.push(m[1].slice(0, -1) + "ي");
  }
  return out;
}

/** Words after a possessed meeting noun that say it is not followed by its counterpart. */
const PREPOSITION_AFTER = new Set(["مع", "بين", "في", "من", "الي", "علي", "عن", "ب", "حول", "الذي", "التي"]);
// a preposition with a pronoun that points back to the one met: له، لها، به، بها، معه، معها
const RESUMPTIVE = /^(ل|ب|مع)(ه|ها)$/;

/** The future prefix س on an imperfect the lexicon lists: "ستستقبل" is س + تستقبل. */
function futureEntry(map: Map<string, VerbEntry[]>, w: Word): VerbEntry | undefined {
  const base = withoutFuturePrefix(w);
  return base ? map.get(base)?.[0] : undefined;
}

/**
 * The imperfect behind the future prefix س ("سيزور" → يزور, "وستلتقي" → تلتقي), or null. The
 * first person (سألتقي → ألتقي) only when asked: it tells a verb from a name, not who acts.
 */
export function withoutFuturePrefix(w: Word, firstPerson = false): string | null {
  const plain = w.conj ? w.forms[1] : w.norm;
  return (firstPerson ? /^س[يتنا]/ : /^س[يتن]/).test(plain) && plain.length > 4 ? plain.slice(1) : null;
}

function firstEntry(map: Map<string, VerbEntry[]>, w: Word): VerbEntry | undefined {
  for (const f of w.forms) {
    const e = map.get(f);
    if (e) return e[0];
  }
  return undefined;
}

function nounOf(L: TriggerLexicon, w: Word): EventType | undefined {
  for (const f of w.forms) {
    const t = L.nouns.get(f);
    if (t) return t;
  }
  // "لقائهما"، "اجتماعهم": the dual or plural possessive of a listed possessed form (لقائه)
  for (const f of w.forms) {
    const m = /^(.{3,})(هما|هم)$/.exec(f);
    const t = m ? L.nouns.get(m[1] + "ه") : undefined;
    if (t) return t;
  }
  return undefined;
}

/** "لجمع X وY"، "ليلتقي X": ل of purpose on the verb — what one set out to do, not done. */
function purposeVerb(L: TriggerLexicon, w: Word): boolean {
  return w.norm.startsWith("ل") && !w.conj && !L.verbs.has(w.norm) && w.forms.slice(1).some((f) => L.verbs.has(f));
}

function isFuture(w: Word): boolean {
  const f = w.forms[w.forms.length - 1];
  return /^س[يتن]/.test(f) && f.length > 4;
}

/** Status of an encounter from the words around its trigger. */
/**
 * "دعا المبعوث إلى عقد لقاء بين …"، "طالب بلقاء …"، "اقترح استضافة اجتماع …": a meeting called for
 * or proposed. The proposal verb governs the noun (past a masdar of holding) through إلى, through
 * ب on the noun, or directly.
 */
function proposed(L: TriggerLexicon, words: Word[], t: Trigger): boolean {
  let at = t.w0;
  const masdar = at > 0 && words[at - 1].forms.some((f) => L.holding.has(f));
  if (masdar) at--;
  const before = words[at - 1];
  if (!before) return false;
  // the verb's subject may stand between: "طالب عقيلة صالح بلقاء"، "اقترح الرئيس التونسي استضافة اجتماع"
  const byBa = /^و?ب/.test(words[at].norm) && words[at].forms.length > 1;
  // (the trigger may open with the masdar itself, read as a light verb: "طلب X عقد اجتماع مع …")
  const ownMasdar = !masdar && words[at].forms.some((f) => L.holding.has(f));
  const governed = masdar || ownMasdar || byBa || before.norm === "الي";
  const reach = governed ? 6 : 1;
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) if (words[k].forms.some((f) => L.proposal.has(f))) return true;
  return false;
}

export function statusAround(words: Word[], t: Trigger): "happened" | "planned" | "cancelled" | "denied" {
  const L = triggerLexicon();
  const from = Math.max(0, t.w0 - 6);
  const to = Math.min(words.length, t.w1 + 10);
  // "نفى المكتب ... أن يكون X قد التقى Y": a denial governs the whole clause before the verb
  // (far back as it may stand: "نفى مكتب الإعلام صحة ما تداولته صفحات على مواقع التواصل بشأن لقاء …")
  for (let k = Math.max(0, t.w0 - 22); k < t.w1 + 1 && k < words.length; k++) if (L.denied.longest(k, words.length, (x) => words[x].forms)) return "denied";
  // (the truth of what was said denied, and the report of it further on: "نفت الوزارة، في بيان …،
  // صحة ما تداولته بعض الصفحات بشأن عقد X لقاء مع Y")
  for (let k = Math.max(0, t.w0 - 22); k < t.w0; k++) {
    if (!L.deniedTruth.has(words[k].norm)) continue;
    for (let d = Math.max(0, k - 24); d < k; d++) if (L.denied.longest(d, words.length, (x) => words[x].forms)) return "denied";
  }
  for (let k = from; k < to; k++) if (words[k].forms.some((f) => L.cancelled.has(f))) return "cancelled";
  // "لقاء بين A وB غير مدرج على جدول الأعمال": the noun's predicate, in its clause, says it is not held
  if (t.rule.startsWith("noun:")) {
    for (let k = t.w1; k < Math.min(words.length, t.w1 + 14) && !isPunct(words[k]); k++) if (L.notOnAgenda.longest(k, words.length, (x) => words[x].forms)) return "denied";
  }
  if (t.future) return "planned";
  // "ترتيبات لعقد لقاء بين A وB": a light verb's masdar behind ل is a meeting still to be held
  if (t.rule.startsWith("light") && words[t.w0].forms.some((f) => L.planned.has(f))) return "planned";
  if (proposed(L, words, t)) return "planned";
  // "سيزور موسكو … يجري خلالها مباحثات", "سيتوجه إلى روما حيث يلتقي": a present verb in the
  // clause of a future one tells what will happen there
  if (/^[يتن]/.test(words[t.w0].forms[words[t.w0].forms.length - 1]) && !t.rule.startsWith("noun:")) {
    for (let k = Math.max(0, t.w0 - 12); k < t.w0; k++) if (futureVerb(L, words[k])) return "planned";
  }
  // a meeting noun described as scheduled: "لقاءه المقرر", "الاجتماع المرتقب", "القمة المقبلة"
  if (t.rule.startsWith("noun:")) {
    for (let k = t.w1; k < Math.min(words.length, t.w1 + 2); k++) if (words[k].forms.some((f) => L.planned.has(f))) return "planned";
  }
  // ("لاحقا" after the verb: within its clause, past the subject: "يلتقي الوزير X لاحقا Y")
  for (let k = from; k < Math.min(words.length, t.w1 + 8) && !(k >= t.w1 && isPunct(words[k])); k++) {
    if (hasForm(words[k], L.later) && !pastVerb(L, words, t)) return "planned";
  }
  for (let k = from; k < t.w0; k++) {
    const m = L.plannedPhrases.longest(k, t.w0, (x) => words[x].forms);
    if (m) return "planned";
  }
  // "ومن المنتظر أن يختتم الوفد زيارته اليوم بلقاء …": "… أن" governs its whole clause
  // (past an aside between commas: "ومن المنتظر، بحسب المصادر، أن يستقبل …")
  for (let k = Math.max(0, t.w0 - 14); k < t.w0; k++) {
    const m = L.plannedPhrases.longest(k, t.w0, (x) => words[x].forms);
    if (!m) continue;
    let e = m.end;
    if (isPunct(words[e], "،,")) {
      let c = e + 1;
      while (c < t.w0 && c - e <= 6 && !isPunct(words[c])) c++;
      if (c < t.w0 && isPunct(words[c], "،,")) e = c + 1;
    }
    if ((k < from || e > m.end) && words[e]?.norm === "ان" && !words.slice(e, t.w0).some((w) => isPunct(w))) return "planned";
  }
  // (further back, hope governs something else: "يأمل أن يسفر اللقاء الذي عقد أمس عن ...")
  for (let k = Math.max(0, t.w0 - 3); k < t.w0; k++) {
    const m = L.intentPhrases.longest(k, t.w0, (x) => words[x].forms);
    if (m && m.end === t.w0) return "planned";
  }
  return "happened";
}

/** The word after a call noun and its markers is behind ل: "اتصال هاتفي لـ«الصحيفة»"، "اتصالا هاتفيا لرئيس …". */
function givenTo(L: TriggerLexicon, words: Word[], k: number): boolean {
  while (k < words.length && L.callMarkers.has(words[k].norm)) k++;
  const w = words[k];
  return !!w && w.token.kind === "word" && (w.norm === "ل" || (w.forms.length > 1 && w.norm.startsWith("ل") && !w.conj));
}

/** A call marker right after a verb of speaking, or a few words on past a day and the means ("الثلاثاء عبر تقنية الاتصال المرئي"). */
function byPhoneAfter(L: TriggerLexicon, words: Word[], i: number): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + 7); k++) {
    const w = words[k];
    if (L.callMarkers.has(w.norm)) return true;
    if (k >= i + 3 && (isPunct(w) || w.norm === "عن" || w.norm === "حول" || w.norm === "مع")) return false;
  }
  return false;
}
