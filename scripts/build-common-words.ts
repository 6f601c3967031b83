// Builds data/lexicon/common-words.txt: normalized words that ANERcorp's training split
// (../shared/data/ner/anercorp, CC BY-SA 4.0) uses at least 3 times and never inside a
// person's name. The extractor uses it to tell a name after a title ("الوزير خالد مازن")
// from ordinary prose ("الوزير بمناسبة ...") and to keep surnames that are common words
// ("سلامة", "صالح") from matching alone.
//   npx tsx scripts/build-common-words.ts
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { normalize } from "../src/text/normalize.js";

const src = new URL("../../shared/data/ner/anercorp/ANERCorp_CamelLab_train.txt", import.meta.url).pathname;
if (!existsSync(src)) {
  console.error(`build-common-words: ${src} not found (no ../shared in this clone)`);
  process.exit(2);
}
const total = new Map<string, number>();
const person = new Map<string, number>();
for (const line of readFileSync(src, "utf8").split("\n")) {
  const [tok, tag] = line.trim().split(/\s+/);
  if (!tok || !tag) continue;
  const w = normalize(tok);
  if (!/^[\u0621-\u064a]{2,}$/.test(w)) continue;
  total.set(w, (total.get(w) ?? 0) + 1);
  if (tag.endsWith("PERS")) person.set(w, (person.get(w) ?? 0) + 1);
}
const words = [...total].filter(([w, n]) => n >= 3 && !person.has(w)).map(([w]) => w).sort();
// words that are names sometimes but ordinary words more often (سلامة، صالح، سعيد)
const ambiguous = [...total].filter(([w, n]) => person.has(w) && n - person.get(w)! >= 3 && n - person.get(w)! >= person.get(w)!).map(([w]) => w).sort();
writeFileSync(new URL("../data/lexicon/ambiguous-names.txt", import.meta.url), [
  "# Normalized words that ANERcorp's training split tags as part of a person's name sometimes, but",
  "# uses as ordinary words at least as often (>= 3 times). A surname among them links alone only",
  "# after the full name or with a title. Derived from ANERcorp, CC BY-SA 4.0.",
  "# Rebuild: npx tsx scripts/build-common-words.ts",
  ...ambiguous,
].join("\n") + "\n");
console.log(`ambiguous-names: ${ambiguous.length} words`);
const header = [
  "# Normalized Arabic words that are never part of a person's name in ANERcorp's training split",
  "# (used >= 3 times, never tagged PERS). Derived from ANERcorp (Benajiba et al.; CAMeL Lab split),",
  "# CC BY-SA 4.0. Rebuild: npx tsx scripts/build-common-words.ts",
];
writeFileSync(new URL("../data/lexicon/common-words.txt", import.meta.url), [...header, ...words].join("\n") + "\n");
console.log(`common-words: ${words.length} words`);
