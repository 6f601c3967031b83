// Linking over the dev gold, read at run time from ../shared (skipped when it is absent): every
// gold participant given both an Arabic and a Latin form is looked up by its first Arabic form,
// dated by the article; the top candidate's English name must contain the Latin form.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadKb } from "../../src/resolve/kb/index.js";
import { linkPerson } from "../../src/resolve/link.js";

const DEV = fileURLToPath(new URL("../../../shared/data/dev/", import.meta.url));
const have = existsSync(DEV + "gold.jsonl") && existsSync(DEV + "docs.jsonl");

test("dev gold participants link to the right person", { skip: have ? false : `no dev data at ${DEV}` }, () => {
  const kb = loadKb();
  const published = new Map<string, string | null>();
  for (const l of readFileSync(DEV + "docs.jsonl", "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(l) as { id: string; published?: string | null };
    published.set(d.id, d.published ?? null);
  }
  let total = 0, right = 0;
  const wrong: string[] = [];
  for (const l of readFileSync(DEV + "gold.jsonl", "utf8").split("\n").filter(Boolean)) {
    const g = JSON.parse(l) as { id: string; events: { participants: string[][]; also?: string[][] }[] };
    for (const ev of g.events) {
      for (const alts of [...ev.participants, ...(ev.also ?? [])]) {
        const latin = alts.filter((a) => /^[A-Za-z]/.test(a));
        const arabic = alts.find((a) => /[\u0600-\u06FF]/.test(a));
        if (!latin.length || !arabic) continue;
        total++;
        const c = linkPerson(arabic, { kb, date: published.get(g.id) });
        if (!c.length) continue;
        const en = [c[0].record.name_en, ...(c[0].record.aliases_en ?? [])].join(" ").toLowerCase();
        if (latin.some((x) => x.toLowerCase().split(/\s+/).every((w) => en.includes(w)))) right++;
        else wrong.push(`${arabic} → ${c[0].id} (gold ${latin.join("/")})`);
      }
    }
  }
  assert.ok(total > 0);
  // measured 66/77 when written; the misses are people the base does not hold
  assert.ok(right / total >= 0.8, `${right}/${total} right`);
  assert.ok(wrong.length <= 2, `linked to the wrong person:\n${wrong.join("\n")}`);
});
