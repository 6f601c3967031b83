// npm run train:ner — trains the NER model on the ANERcorp training split only.
// 1) hold out the last 10% of the training sentences as dev and train, printing dev scores
//    per epoch, to choose the number of epochs; 2) retrain on the whole training split with
//    that number and write data/ner/model.json.gz. The test files are never read here.
// Options: --epochs N (max epochs in step 1), --seed N, --min-count N, --fixed-epochs N (skip step 1),
//          --out PATH, --corpus DIR
import { statSync } from "node:fs";
import { join } from "node:path";
import { readConll } from "../src/ner/conll.js";
import { loadCountryGazetteer, loadKbGazetteer } from "../src/ner/gazetteer.js";
import { saveModel } from "../src/ner/model-io.js";
import { DEFAULT_COUNTRIES_PATH, DEFAULT_KB_DIR, DEFAULT_MODEL_PATH } from "../src/ner/tagger.js";
import { trainNer } from "../src/ner/train.js";
import { loadTriggers } from "../src/ner/triggers.js";

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const corpusDir = arg("corpus", "/work/shared/data/ner/anercorp");
const trainPath = join(corpusDir, "ANERCorp_CamelLab_train.txt");
const out = arg("out", DEFAULT_MODEL_PATH);
const maxEpochs = Number(arg("epochs", "12"));
const seed = Number(arg("seed", "13"));
const minCount = Number(arg("min-count", "2"));
const fixed = Number(arg("fixed-epochs", "0"));
const folds = Number(arg("folds", "5"));
const stagesN = Number(arg("stages", "2"));
const docWindow = Number(arg("doc-window", "10"));

const t0 = Date.now();
const sentences = readConll(trainPath);
const triggers = loadTriggers();
const kb = loadKbGazetteer(DEFAULT_KB_DIR);
const countries = loadCountryGazetteer(DEFAULT_COUNTRIES_PATH);
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
log(`train split: ${sentences.length} sentences; KB names: ${kb.entries}; country names: ${countries.entries}`);

let epochs = fixed;
let devMacro: number | null = null;
if (!fixed) {
  const cut = Math.floor(sentences.length * 0.9);
  const part = sentences.slice(0, cut);
  const dev = sentences.slice(cut);
  log(`step 1: ${part.length} sentences to train, ${dev.length} held out as dev (last 10% of train)`);
  const { devScores } = trainNer(part, { epochs: maxEpochs, seed, folds, minCount, stages: stagesN, docWindow, triggers, kb, countries, dev, log });
  let best = 0;
  devScores.forEach((s, i) => { if (s.macroF1 > devScores[best].macroF1) best = i; });
  epochs = best + 1;
  devMacro = devScores[best].macroF1;
  log(`best dev macro-F1 ${(100 * devMacro).toFixed(2)} after ${epochs} epochs`);
}
log(`step 2: training on all ${sentences.length} training sentences for ${epochs} epochs`);
const { model } = trainNer(sentences, { epochs, seed, folds, minCount, stages: stagesN, docWindow, triggers, kb, countries, log });
model.meta = {
  ...model.meta,
  corpus: "ANERcorp, CAMeL Lab split, ANERCorp_CamelLab_train.txt (CC BY-SA 4.0)",
  devMacroF1: devMacro,
  command: `npm run train:ner -- --seed ${seed} --min-count ${minCount} --stages ${stagesN} --doc-window ${docWindow} ${fixed ? `--fixed-epochs ${fixed}` : `--epochs ${maxEpochs}`}`,
  trainedAt: new Date().toISOString(),
};
const bytes = saveModel(out, model);
log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB, ${statSync(out).size} bytes)`);
