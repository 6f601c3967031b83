// Public API of the NER tagger: load the shipped model once, tag word lists with BIO tags,
// and return entity spans (model alone, or combined with the knowledge base and lexicons).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { combine, type CombinedSpan, type CombineLookups, type CombineRule } from "./combine.js";
import { decodeDocument, type StageRuntime } from "./decode.js";
import { FeatureIndex } from "./features.js";
import { Gazetteer, loadCountryGazetteer, loadKbGazetteer, type GazetteerSet } from "./gazetteer.js";
import { loadModel, type NerModel } from "./model-io.js";
import { bioToSpans, type EntitySpan, type EntityType } from "./tags.js";
import { DEFAULT_TRIGGERS_PATH, loadTriggers } from "./triggers.js";

const repoPath = (rel: string) => fileURLToPath(new URL(`../../${rel}`, import.meta.url));
export const DEFAULT_MODEL_PATH = repoPath("data/ner/model.json.gz");
export const DEFAULT_KB_DIR = repoPath("data/kb");
export const DEFAULT_COUNTRIES_PATH = repoPath("data/lexicon/countries.yaml");

export interface Tagger {
  /** BIO tag of every word; the words are read as a one-sentence document */
  tag(words: readonly string[]): string[];
  /** BIO tags of every sentence of one document (an article): names found in one sentence help in the others */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /** entity spans of every sentence of one document, model alone */
  documentSpans(sentences: readonly (readonly string[])[]): EntitySpan[][];
  /** entity spans of the model alone, as token indices [start, end) */
  spans(words: readonly string[]): EntitySpan[];
  /** model spans confirmed, typed and extended by the knowledge base and lexicons (see combine.ts) */
  combined(words: readonly string[], rules?: readonly CombineRule[]): CombinedSpan[];
  readonly lookups: CombineLookups;
  readonly model: NerModel;
}

export interface TaggerOptions {
  /**
   * KB names already loaded by the caller (the extractor has parsed the KB): used instead of
   * reading data/kb again, which is the slow part of loading.
   */
  kbNames?: Iterable<{ names: readonly string[]; type: EntityType }>;
  /** knowledge base directory (people/, orgs/, places/); missing → no KB */
  kbDir?: string | null;
  /** country list YAML; missing → none */
  countriesPath?: string | null;
  /** stage 1 only: about twice as fast, without the document-level second pass */
  fast?: boolean;
}

/**
 * The gazetteer sources the model's features expect: "t" (training names, inside the model),
 * "k" (knowledge base) and "c" (countries). Training builds the same three.
 */
export function buildTagger(model: NerModel, opts: TaggerOptions = {}): Tagger {
  const kb = opts.kbNames ? gazetteerOfNames(opts.kbNames) : loadKbGazetteer(opts.kbDir ?? DEFAULT_KB_DIR);
  const countries = loadCountryGazetteer(opts.countriesPath ?? DEFAULT_COUNTRIES_PATH);
  const { gazetteers, stages } = taggerRuntime(model, kb, countries, opts.fast);
  // features use the lexicon the model was trained with; the combination uses the current one
  // (with the nationality adjectives of the country list, as in training)
  const countriesPath = opts.countriesPath ?? DEFAULT_COUNTRIES_PATH;
  const triggers = existsSync(DEFAULT_TRIGGERS_PATH) ? loadTriggers(DEFAULT_TRIGGERS_PATH, existsSync(countriesPath) ? countriesPath : undefined) : model.triggers;
  const lookups: CombineLookups = { triggers, known: [kb, countries] };
  const tagDocument = (sentences: readonly (readonly string[])[]) => decodeDocument(stages, sentences, gazetteers, model.docWindow);
  const tag = (words: readonly string[]) => tagDocument([words])[0];
  const spans = (words: readonly string[]) => bioToSpans(tag(words));
  return {
    tag,
    tagDocument,
    documentSpans: (sentences) => tagDocument(sentences).map((t) => bioToSpans(t)),
    spans,
    combined: (words, rules) => combine(words, spans(words), lookups, rules),
    lookups,
    model,
  };
}

/** The decoding stages and gazetteer set of a model (for tagging, and for tuning on held-out data). */
export function taggerRuntime(model: NerModel, kb: Gazetteer, countries: Gazetteer, fast = false): { gazetteers: GazetteerSet; stages: StageRuntime[] } {
  const gazetteers: GazetteerSet = {
    sources: [
      { name: "t", gazetteer: model.trainGazetteer },
      { name: "k", gazetteer: kb },
      { name: "c", gazetteer: countries },
    ],
  };
  const used = fast ? model.stages.slice(0, 1) : model.stages;
  const tables = { clusters: model.clusters ?? null, profiles: model.profiles ?? null };
  const stages = used.map((s) => ({
    index: new FeatureIndex(s.features, model.triggers, tables),
    chain: s.chain,
    bias: s.bias ? Float64Array.from(s.bias) : null,
  }));
  return { gazetteers, stages };
}

function gazetteerOfNames(records: Iterable<{ names: readonly string[]; type: EntityType }>): Gazetteer {
  const g = new Gazetteer();
  for (const r of records) for (const n of r.names) if (/[\u0600-\u06ff]/.test(n)) g.addName(n, r.type);
  return g;
}

const cache = new Map<string, Tagger>();

/** Load (once per path and options; `kbNames` callers should keep their own tagger) the tagger with the shipped model, the KB and the country list. */
export function loadTagger(path: string = DEFAULT_MODEL_PATH, opts: TaggerOptions = {}): Tagger {
  const key = `${path}\u0000${opts.kbDir ?? ""}\u0000${opts.countriesPath ?? ""}\u0000${opts.fast ? "fast" : ""}`;
  let t = cache.get(key);
  if (!t) {
    if (!existsSync(path)) throw new Error(`NER model not found at ${path}: run \`npm run train:ner\``);
    t = buildTagger(loadModel(path), opts);
    cache.set(key, t);
  }
  return t;
}
