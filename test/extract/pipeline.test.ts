// The whole pipeline: output validates against the published JSON Schema, offsets map back to
// the raw text, removed noise never yields events or figures; and on the dev set (read from
// ../shared when present) every document validates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import AjvModule from "ajv";
import { extractDocument } from "../../src/pipeline.js";
import { loadResources } from "../../src/resolve/resources.js";

const R = loadResources();
const schema = JSON.parse(readFileSync(new URL("../../schema/extracted-document.schema.json", import.meta.url), "utf8"));
// ajv is CommonJS: under NodeNext its default export is the module object
const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
const validate = new (Ajv as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } })({ allErrors: true, strict: false }).compile(schema);

const ARTICLE = [
  "حفتر يبحث مع وزير إيطالي ملف الهجرة",
  "بنغازي - بحث المشير خليفة حفتر، اليوم الخميس، مع وزير الداخلية الإيطالي ماتيو بيانتيدوزي سبل الحد من الهجرة غير النظامية.",
  "وأعادت السلطات نحو 1500 مهاجر إلى بلدانهم خلال الشهر الماضي، وخصصت إيطاليا 10 ملايين يورو لبرامج العودة.",
  "- وزير الدفاع الإيطالي يلتقي رئيس المجلس الرئاسي في طرابلس",
  "aXA6IDE4LjIxNy4xMC4yMDAgQmFzZTY0VHJhY2tpbmc=",
].join("\n");

test("an extracted document validates against the published schema", () => {
  const doc = extractDocument({ id: "a1", text: ARTICLE, published: "2024-03-14" }, { resources: R });
  const ok = validate(doc);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(doc.id, "a1");
});

test("cleaned text maps back to the raw text, and removed lines yield nothing", () => {
  const doc = extractDocument({ id: "a2", text: ARTICLE, published: "2024-03-14" }, { resources: R });
  for (const seg of doc.offsets) assert.equal(doc.text.slice(seg.cleanStart, seg.cleanStart + seg.length), ARTICLE.slice(seg.rawStart, seg.rawStart + seg.length));
  assert.ok(!doc.text.includes("aXA6"), "tracking token removed");
  // the related-article bullet is not an event of this article
  const people = doc.events.flatMap((e) => e.participants.map((p) => p.title ?? ""));
  assert.ok(!people.some((t) => t.includes("وزير الدفاع")), `events: ${JSON.stringify(doc.events.map((e) => e.participants))}`);
  const meeting = doc.events.find((e) => e.type === "meeting" && e.status === "happened");
  assert.equal(meeting?.date?.value, "2024-03-14");
  assert.equal(meeting?.location?.name, "بنغازي");
  assert.deepEqual(doc.figures.map((f) => [f.value, f.unit]).sort(), [[10000000, "EUR"], [1500, "person"]]);
});

const DEV = new URL("../../../shared/data/dev/docs.jsonl", import.meta.url).pathname;
test("every dev document extracts and validates", { skip: existsSync(DEV) ? false : `no ${DEV} in this clone` }, () => {
  for (const line of readFileSync(DEV, "utf8").split("\n").filter(Boolean)) {
    const input = JSON.parse(line);
    const doc = extractDocument(input, { resources: R });
    assert.ok(validate(doc), `${input.id}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
  }
});
