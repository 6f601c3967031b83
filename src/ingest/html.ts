// HTML page → article: Mozilla Readability on a linkedom DOM for the body text, plus the
// metadata analysts need: title, outlet, author, published date (meta tags, JSON-LD, the URL,
// or a visible dateline) and canonical URL. Returns null when the page holds no article.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

export interface HtmlArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
}

const META_DATE = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

export function htmlToArticle(html: string, url: string | null): HtmlArticle | null {
  // linkedom gives no document element for an empty page, and Readability refuses that
  if (!/<[a-z!]/i.test(html)) return null;
  const { document } = parseHTML(html);
  if (!document.documentElement) return null;
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute("content")?.trim() || null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta('meta[property="og:url"]') ?? url;
  const jsonLd = readJsonLd(document);
  let published: string | null = null;
  for (const sel of META_DATE) if ((published = isoDay(meta(sel)))) break;
  published ??= isoDay(jsonLd.datePublished) ?? isoDay(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null) ?? dateFromUrl(canonical ?? url);

  // Readability mutates the document: read metadata first
  const reader = new Readability(document as unknown as Document, { charThreshold: 100 });
  const parsed = reader.parse();
  const text = (parsed?.textContent ?? "").replace(/[ \t\u00a0]+/g, " ").replace(/\n\s*\n+/g, "\n").trim();
  if (!parsed || text.length < 80) return null;
  let title = parsed.title?.trim() || meta('meta[property="og:title"]') || null;
  const blocks = paragraphBlocks(parsed.content ?? "");
  // a leading headline is the title (often without the " | site name" of <title>), not a
  // sentence of the body
  if (blocks.length > 1 && /^H[1-3]$/.test(blocks[0].tag) && (!title || title.includes(blocks[0].text))) {
    title = blocks.shift()!.text;
  }
  const paragraphs = blocks.map((b) => b.text).join("\n") || text;
  published ??= dateFromText(paragraphs.slice(0, 400));
  return {
    text: paragraphs,
    title,
    outlet: meta('meta[property="og:site_name"]') ?? parsed.siteName ?? jsonLd.publisher ?? null,
    author: parsed.byline?.trim() || meta('meta[name="author"]') || jsonLd.author || null,
    published,
    url: canonical ?? null,
  };
}

/** Readability's HTML → one block per paragraph, so sentence and noise rules see the structure. */
function paragraphBlocks(content: string): { tag: string; text: string }[] {
  const { document } = parseHTML(`<html><body>${content}</body></html>`);
  const blocks = [...document.querySelectorAll("p, h1, h2, h3, h4, li, blockquote, pre")] as unknown as { tagName: string; textContent: string }[];
  return blocks.map((b) => ({ tag: b.tagName.toUpperCase(), text: b.textContent.replace(/\s+/g, " ").trim() })).filter((b) => b.text);
}

function readJsonLd(document: { querySelectorAll(sel: string): Iterable<unknown> }): { datePublished?: string; author?: string; publisher?: string } {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]') as Iterable<{ textContent: string }>) {
    try {
      const data = JSON.parse(el.textContent);
      for (const item of Array.isArray(data) ? data : data["@graph"] ?? [data]) {
        if (item?.datePublished) {
          const author = Array.isArray(item.author) ? item.author[0]?.name : item.author?.name ?? item.author;
          return { datePublished: item.datePublished, author: typeof author === "string" ? author : undefined, publisher: item.publisher?.name };
        }
      }
    } catch {
      /* broken JSON-LD is common; other sources of the date follow */
    }
  }
  return {};
}

function isoDay(s: string | null | undefined): string | null {
  const m = s?.match(/(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = url.match(/\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/);
  if (!m) return null;
  const [y, mo, d] = [m[1], m[2].padStart(2, "0"), m[3].padStart(2, "0")];
  return Number(mo) <= 12 && Number(d) <= 31 ? `${y}-${mo}-${d}` : null;
}

/** A visible dateline such as "16/04/2019" or "2025/06/13" near the top of the article. */
function dateFromText(s: string): string | null {
  let m = s.match(/\b((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\b/);
  if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  m = s.match(/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/);
  if (m && Number(m[2]) <= 12) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return null;
}
