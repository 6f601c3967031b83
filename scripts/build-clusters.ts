// npm run build:clusters -- --corpus PATH — learns the NER word clusters (data/ner/clusters.tsv.gz)
// and context profiles (data/ner/profiles.tsv.gz) from a corpus of unlabeled news (JSONL,
// gzipped or not, one {"text": …} per line). No corpus is assumed: the bench corpus
// (../shared/data/bench) is for throughput and robustness runs only, under a non-commercial
// licence, so no table built from it ships with the project. Words are
// keyed like the tagger keys them (normalized, article clusters stripped: features.ts
// stripClitics). Deterministic: same corpus and options → same bytes.
// Options: --corpus PATH, --out PATH, --profiles-out PATH, --articles N (default all), --vocab N,
//          --contexts N, --dims N, --branching 16,8,8, --iterations N, --seed N,
//          --profile-min-count N (default 5), --only-profiles (skip the clusters)
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { tokenize } from "../src/read/tokens.js";
import { normalize } from "../src/text/normalize.js";
import { stripClitics } from "../src/ner/features.js";
import { buildClusters, DEFAULT_CLUSTER_OPTIONS, DEFAULT_CLUSTERS_PATH } from "../src/ner/clusters.js";
import { buildProfiles, DEFAULT_PROFILES_PATH } from "../src/ner/profiles.js";
import { DEFAULT_COUNTRIES_PATH, loadTriggers } from "../src/ner/triggers.js";

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const corpus = arg("corpus", "");
if (!corpus) {
  console.error("build:clusters: give --corpus PATH (unlabeled news you may use for training; the bench corpus is for measurement only)");
  process.exit(2);
}
const out = arg("out", DEFAULT_CLUSTERS_PATH);
const profilesOut = arg("profiles-out", DEFAULT_PROFILES_PATH);
const maxArticles = Number(arg("articles", "0"));
const d = DEFAULT_CLUSTER_OPTIONS;
const opts = {
  vocabSize: Number(arg("vocab", String(d.vocabSize))),
  contextSize: Number(arg("contexts", String(d.contextSize))),
  minCount: Number(arg("min-count", String(d.minCount))),
  dims: Number(arg("dims", String(d.dims))),
  branching: arg("branching", d.branching.join(",")).split(",").map(Number),
  iterations: Number(arg("iterations", String(d.iterations))),
  seed: Number(arg("seed", String(d.seed))),
};

const t0 = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const lines = gunzipSync(readFileSync(corpus)).toString("utf8").split("\n").filter((l) => l.trim());
const stemCache = new Map<string, string>();
const stemOf = (w: string) => {
  let s = stemCache.get(w);
  if (s === undefined) {
    s = stripClitics(normalize(w)).stem;
    stemCache.set(w, s);
  }
  return s;
};
const docs: string[][] = [];
let tokens = 0;
for (const line of maxArticles ? lines.slice(0, maxArticles) : lines) {
  const { text } = JSON.parse(line) as { text: string };
  // one "document" per paragraph: a neighbour across a blank line is not a context
  for (const para of text.split(/\n\s*\n/)) {
    const stems = tokenize(para).map((t) => stemOf(t.text));
    if (stems.length) { docs.push(stems); tokens += stems.length; }
  }
}
log(`${docs.length} paragraphs, ${tokens} tokens, ${stemCache.size} distinct token forms`);
// the trigger lexicon as the tagger is trained with it (nationality adjectives included)
const profiles = buildProfiles(docs, loadTriggers(undefined, DEFAULT_COUNTRIES_PATH), Number(arg("profile-min-count", "5")));
writeFileSync(profilesOut, gzipSync(Buffer.from(profiles.toTsv()), { level: 9 }));
log(`wrote ${profilesOut}: ${profiles.size} words with a context profile`);
if (process.argv.includes("--only-profiles")) process.exit(0);
const clusters = buildClusters(docs, opts);
const tsv = clusters.toTsv();
writeFileSync(out, gzipSync(Buffer.from(tsv), { level: 9 }));
const leaves = new Set(clusters.paths.values()).size;
log(`wrote ${out}: ${clusters.size} words in ${leaves} leaf clusters; options ${JSON.stringify(opts)}`);
