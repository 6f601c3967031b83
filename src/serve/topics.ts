// Topic ids and their Arabic/English labels (data/lexicon/topic-labels.json): the API validates
// `topic=` against the ids and serves the labels to the dashboard.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface TopicLabel { id: string; ar: string; en: string }

const LABELS_FILE = fileURLToPath(new URL("../../data/lexicon/topic-labels.json", import.meta.url));

export function loadTopicLabels(path = LABELS_FILE): TopicLabel[] {
  const data = JSON.parse(readFileSync(path, "utf8")) as { topics?: unknown };
  if (!Array.isArray(data.topics)) throw new Error(`${path}: no "topics" array`);
  return data.topics.map((t, i) => {
    const o = t as Partial<TopicLabel>;
    if (typeof o.id !== "string" || typeof o.ar !== "string" || typeof o.en !== "string") throw new Error(`${path}: topic ${i} needs id, ar and en`);
    return { id: o.id, ar: o.ar, en: o.en };
  });
}
