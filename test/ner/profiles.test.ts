import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { buildProfiles, DEFAULT_PROFILES_PATH, loadProfiles, rateBucket, WordProfiles } from "../../src/ner/profiles.js";
import { featureStrings } from "../../src/ner/features.js";
import { TriggerLexicon } from "../../src/ner/triggers.js";

const triggers = new TriggerLexicon({
  person_title: ["الوزير"],
  given_name: ["كريم"],
  org: ["شركة", "نادي"],
  location: ["مدينة"],
  person_verb: ["قال"],
  nationality: ["الليبي"],
});

test("rate buckets", () => {
  const cases: [number, string][] = [[0, ""], [0.01, ""], [0.02, "l"], [0.09, "l"], [0.1, "m"], [0.29, "m"], [0.3, "h"], [1, "h"]];
  for (const [rate, want] of cases) assert.equal(rateBucket(rate), want, String(rate));
});

test("profiles count the trigger classes next to each word", () => {
  // stems as the tagger keys them (article stripped); sentences composed for the test
  const docs: string[][] = [];
  for (let i = 0; i < 10; i++) {
    docs.push(["اعلنت", "شركه", "زيتون", "ان", "سالم", "قال", "."]);
    docs.push(["وصل", "الوزير", "سالم", "الى", "مدينه", "زيتون", "."]);
    docs.push(["فاز", "نادي", "رمان", "الليبي", "على", "منافسه", "."]);
    docs.push(["وصل", "الوفد", "الى", "مدينه", "رمان", "امس", "."]);
  }
  const p = buildProfiles(docs, triggers, 5);
  assert.deepEqual([...p.of("زيتون")].sort(), ["loc:h", "org:h"]);
  assert.deepEqual([...p.of("سالم")].sort(), ["per:h", "say:h"]);
  assert.deepEqual([...p.of("رمان")].sort(), ["loc:h", "nat:h", "org:h"]);
  // a word with no trigger next to it has no profile, and rare words are left out
  assert.deepEqual(p.of("الوفد"), []);
  assert.deepEqual(buildProfiles(docs.slice(0, 4), triggers, 5).of("زيتون"), []);
  assert.equal(WordProfiles.fromTsv(p.toTsv()).toTsv(), p.toTsv());
});

test("profile features for the word and its direct neighbours", () => {
  const profiles = new WordProfiles(new Map([["زيتون", ["org:h"]]]));
  const [before, self] = featureStrings(["شركة", "الزيتون"], triggers, null, undefined, { clusters: null, profiles });
  assert.ok(self.includes("pr=org:h"), self.join(" "));
  assert.ok(before.includes("pr@1=org:h"), before.join(" "));
  assert.ok(!featureStrings(["الزيتون"], triggers, null)[0].some((f) => f.startsWith("pr")));
});

test("the shipped profile table knows common organisation heads' followers", { skip: !existsSync(DEFAULT_PROFILES_PATH) && "no data/ner/profiles.tsv.gz: run npm run build:clusters" }, () => {
  const p = loadProfiles()!;
  assert.ok(p.size > 5_000, `only ${p.size} words`);
  // the months follow no title, head or place noun in particular
  assert.ok(!p.of("يناير").some((f) => f.startsWith("per:h") || f.startsWith("org:h")), p.of("يناير").join(" "));
});
