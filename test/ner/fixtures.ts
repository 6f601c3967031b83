// A tiny tagged corpus written for the tests (not taken from any article or corpus).
import type { TaggedSentence } from "../../src/ner/conll.js";
import { TriggerLexicon } from "../../src/ner/triggers.js";

const rows = (s: string): TaggedSentence => {
  const words: string[] = [], tags: string[] = [];
  for (const pair of s.trim().split(/\s+/)) {
    const [w, t] = pair.split("/");
    words.push(w);
    tags.push(t ?? "O");
  }
  return { words, tags };
};

export const TINY_CORPUS: TaggedSentence[] = [
  rows("التقى/O الوزير/O سامي/B-PERS ناصر/I-PERS في/O طرابلس/B-LOC"),
  rows("زار/O السيد/O كريم/B-PERS عادل/I-PERS مدينة/O روما/B-LOC أمس/O"),
  rows("أعلنت/O وزارة/B-ORG الداخلية/I-ORG عن/O خطة/O جديدة/O"),
  rows("قال/O سامي/B-PERS ناصر/I-PERS إن/O منظمة/B-ORG الهجرة/I-ORG تعمل/O في/O تونس/B-LOC"),
  rows("وصل/O كريم/B-PERS إلى/O روما/B-LOC"),
  rows("استقبل/O الرئيس/O هادي/B-PERS مراد/I-PERS وفدا/O من/O وزارة/B-ORG الخارجية/I-ORG"),
  rows("غادر/O الوفد/O طرابلس/B-LOC متجها/O إلى/O تونس/B-LOC"),
  rows("شارك/O هادي/B-PERS في/O اجتماع/O منظمة/B-ORG الهجرة/I-ORG"),
];

export const TINY_TRIGGERS = new TriggerLexicon({
  person_title: ["الوزير", "السيد", "الرئيس"],
  location: ["مدينة"],
  location_prep: ["في", "إلى"],
  org: ["وزارة", "منظمة"],
  given_name: ["سامي", "كريم"],
});
