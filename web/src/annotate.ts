// Cuts an article's text into runs, each with the annotations covering it (mentions, dates,
// figures, event evidence, a highlighted span), so the reader can render plain text nodes with
// classes and links — never HTML from the article.
export interface Ann {
  start: number;
  end: number;
  kind: "person" | "org" | "place" | "title" | "date" | "figure" | "event" | "hl";
  /** where the annotation links to (a dashboard hash) */
  link?: string;
  /** hover text */
  title?: string;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  anns: Ann[];
}

export function runs(text: string, anns: Ann[]): Run[] {
  const valid = anns.filter((a) => a.start >= 0 && a.end <= text.length && a.start < a.end);
  const cuts = new Set<number>([0, text.length]);
  for (const a of valid) (cuts.add(a.start), cuts.add(a.end));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    // shortest annotation first: the innermost one decides the link
    const covering = valid.filter((a) => a.start <= s && a.end >= e).sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ start: s, end: e, text: text.slice(s, e), anns: covering });
  }
  return out;
}
