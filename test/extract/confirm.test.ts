// An announced meeting that a later sentence reports as held (by its place: "لقاء بنغازي
// تناول …") happened; without that report, or with the report still in the future, it stays planned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "../../src/pipeline.js";
import { loadResources } from "../../src/resolve/resources.js";
import { wordForms } from "../../src/extract/words.js";

const R = loadResources();
const statusOf = (text: string) =>
  extractDocument({ id: "t", text, published: "2024-03-14" }, { resources: R }).events
    .filter((e) => e.type === "meeting").map((e) => `${e.participants.map((p) => p.name).sort().join(" – ")}: ${e.status}`);

const ANNOUNCED = "التقت الممثلة الخاصة للأمين العام هانا تيتيه أمس في طرابلس رئيس المجلس الرئاسي محمد المنفي، قبل أن تتوجه اليوم إلى بنغازي للقاء المشير خليفة حفتر.";

test("a meeting announced and then reported by its place happened", () => {
  const held = statusOf(`${ANNOUNCED}\nوأوضحت البعثة أن لقاء بنغازي تناول توحيد المؤسسة العسكرية.`);
  assert.ok(held.includes("خليفة حفتر – هانا تيتيه: happened"), held.join("; "));
  const notYet = statusOf(ANNOUNCED);
  assert.ok(notYet.includes("خليفة حفتر – هانا تيتيه: planned"), notYet.join("; "));
  const stillAhead = statusOf(`${ANNOUNCED}\nومن المقرر أن يتناول لقاء بنغازي توحيد المؤسسة العسكرية.`);
  assert.ok(stillAhead.includes("خليفة حفتر – هانا تيتيه: planned"), stillAhead.join("; "));
});

test("ل before a word that starts with ل is read both ways (للقوات = ل + القوات, للقاء = ل + لقاء)", () => {
  assert.ok(wordForms("للقوات").forms.includes("القوات"));
  assert.ok(wordForms("للقاء").forms.includes("لقاء"));
  assert.ok(wordForms("لليبيا").forms.includes("ليبيا"));
});
