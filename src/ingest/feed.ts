// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → the list of articles they point to: each item's link,
// title and publication date (used when the page itself carries no date). A document that is
// not a well-formed feed is an error that says why, never an empty list.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface FeedItem {
  url: string;
  title: string | null;
  /** YYYY-MM-DD as written in the feed (the publisher's own calendar day), or null */
  published: string | null;
}

export class FeedError extends Error {}

const MONTHS: Record<string, string> = { jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12" };

/**
 * A feed date as YYYY-MM-DD: the day as written (RFC 822 "Tue, 10 Jun 2025 23:30:00 +0200" or
 * ISO 8601), not converted to UTC — converting would move late-evening articles to the next day.
 */
export function feedDate(value: unknown): string | null {
  const s = text(value);
  if (!s) return null;
  let m = s.match(/^\s*(\d{4})-(\d{2})-(\d{2})/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = s.match(/(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/);
  if (m && MONTHS[m[2].toLowerCase()]) return `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${m[1].padStart(2, "0")}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Text of a parsed XML node: plain string, {#text}, or CDATA. */
function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as Record<string, unknown>)["#text"]);
  return null;
}

const list = (v: unknown): unknown[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

/** Atom <link>: the rel="alternate" (or rel-less) href. */
function atomLink(v: unknown): string | null {
  const links = list(v) as Record<string, unknown>[];
  const pick = links.find((l) => typeof l === "object" && (!l["@_rel"] || l["@_rel"] === "alternate")) ?? links[0];
  if (!pick) return null;
  return typeof pick === "object" ? text(pick["@_href"]) : text(pick);
}

/** The items of a feed; relative links are resolved against `base` (the feed's URL). */
export function parseFeed(xml: string, base?: string): FeedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedError(`not a valid feed: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", removeNSPrefix: true, processEntities: true }).parse(xml) as Record<string, any>;
  let raw: { link: string | null; title: string | null; published: string | null }[];
  if (doc.rss) {
    raw = list(doc.rss.channel?.item).map((i: any) => ({ link: text(i.link) ?? (i.guid?.["@_isPermaLink"] !== "false" ? text(i.guid) : null), title: text(i.title), published: feedDate(i.pubDate ?? i.date) }));
  } else if (doc.feed) {
    raw = list(doc.feed.entry).map((e: any) => ({ link: atomLink(e.link), title: text(e.title), published: feedDate(e.published ?? e.updated) }));
  } else if (doc.RDF) {
    raw = list(doc.RDF.item).map((i: any) => ({ link: text(i.link) ?? text(i["@_about"]), title: text(i.title), published: feedDate(i.date) }));
  } else {
    throw new FeedError(`not an RSS or Atom feed (root element ${Object.keys(doc).filter((k) => !k.startsWith("?"))[0] ?? "none"})`);
  }
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    if (!r.link) continue;
    let url: string;
    try {
      url = new URL(r.link, base).href;
    } catch {
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    items.push({ url, title: r.title, published: r.published });
  }
  return items;
}
