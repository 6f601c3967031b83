// A meeting announced in one sentence and reported as held in a later one happened:
//   "… قبل أن تتوجه إلى بنغازي للقاء المشير X." … "وأضافت البعثة أن لقاء بنغازي تناول …"
// The later sentence names the meeting by its place ("لقاء بنغازي", "اجتماع روما") and tells
// what it did, with no word that it is still to come.
import type { ExtractedEvent } from "../types.js";
import type { SentenceView } from "./events.js";
import { triggerLexicon } from "./triggers.js";

export function confirmPlanned(events: ExtractedEvent[], sentences: SentenceView[], published: string | null): void {
  const L = triggerLexicon();
  for (const e of events) {
    if (e.status !== "planned" || e.type !== "meeting" || !e.location?.kb_id) continue;
    // a date after publication is still to come, whatever the article says of it
    if (published && e.date && e.date.value.slice(0, 10) > published.slice(0, 10)) continue;
    const after = e.evidence[e.evidence.length - 1]?.end ?? 0;
    const confirmed = sentences.some((s) => {
      if (s.skip || s.span.start < after) return false;
      if (s.words.some((w) => w.forms.some((f) => L.planned.has(f)))) return false;
      return s.places.some((p) => {
        if (p.place.kb_id !== e.location!.kb_id || p.w0 === 0) return false;
        const noun = s.words[p.w0 - 1];
        return noun.forms.some((f) => L.nouns.get(f) === "meeting");
      });
    });
    if (confirmed) {
      e.status = "happened";
      e.rules.push("status:confirmed-later");
    }
  }
}
