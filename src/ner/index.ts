// The NER module for the rest of the pipeline: `import * as ner from "../ner/index.js"`.
export { loadTagger, buildTagger, DEFAULT_MODEL_PATH, type Tagger, type TaggerOptions } from "./tagger.js";
export { combine, knownMatches, ALL_RULES, type CombineLookups, type CombineRule, type CombinedSpan } from "./combine.js";
export { entitiesInText, type TextEntity } from "./text.js";
export { bioToSpans, spansToBio, TAGS, type EntitySpan, type EntityType } from "./tags.js";
export { scoreBio, scoreSpans, I_CONVENTION, type NerScore } from "./eval.js";
