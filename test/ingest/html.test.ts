// HTML → article (htmlToArticle) on pages composed here: body text without navigation,
// title/outlet/author/published from meta tags, JSON-LD, the URL or a dateline, canonical URL;
// a page with no article gives null. And HTML files read through the shared file reader.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dateFromUrl, htmlToArticle } from "../../src/ingest/html.js";
import { bytesToDoc, fileKind, readTextFile, textProblem } from "../../src/ingest/files.js";
import { readLocalFiles } from "../../src/ingest/sources.js";
import type { InputError, SourcedDoc } from "../../src/ingest/files.js";

const P1 = "أعلن وزير الداخلية في حكومة الوحدة الوطنية عن خطة جديدة لمراقبة الحدود الجنوبية بالتعاون مع الجانب الإيطالي.";
const P2 = "وقال الوزير إن عدد المهاجرين الذين جرى اعتراضهم في البحر تراجع خلال الأشهر الثلاثة الماضية مقارنة بالعام السابق.";

function page({ head = "", body = `<p>${P1}</p><p>${P2}</p>` } = {}): string {
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة لمراقبة الحدود | موقع تجريبي</title>${head}</head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav></header>
<main><article><h1>خطة لمراقبة الحدود</h1>${body}</article></main>
<aside><ul><li><a href="/x">اقرأ أيضا: خبر آخر</a></li></ul></aside><footer>جميع الحقوق محفوظة</footer></body></html>`;
}

describe("htmlToArticle", () => {
  it("keeps the article paragraphs, one per line, and drops navigation and footer", () => {
    const a = htmlToArticle(page(), null)!;
    assert.equal(a.text, `${P1}\n${P2}`);
    assert.doesNotMatch(a.text, /رياضة|جميع الحقوق/);
  });

  it("reads metadata from meta tags, with the canonical URL", () => {
    const a = htmlToArticle(page({ head: `
      <meta property="article:published_time" content="2024-11-03T21:40:00+01:00">
      <meta property="og:site_name" content="وكالة الأنباء التجريبية">
      <meta name="author" content="قسم الأخبار">
      <link rel="canonical" href="https://news.example/2024/11/03/border-plan">` }), "https://news.example/amp/123")!;
    assert.equal(a.published, "2024-11-03");
    assert.equal(a.outlet, "وكالة الأنباء التجريبية");
    assert.equal(a.author, "قسم الأخبار");
    assert.equal(a.url, "https://news.example/2024/11/03/border-plan");
  });

  it("falls back to JSON-LD, then the URL, then a visible dateline", () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "NewsArticle", datePublished: "2023-05-17T08:00:00Z", author: { name: "مراسل" }, publisher: { name: "صحيفة تجريبية" } }] })}</script>`;
    const fromLd = htmlToArticle(page({ head: ld }), null)!;
    assert.deepEqual([fromLd.published, fromLd.author, fromLd.outlet], ["2023-05-17", "مراسل", "صحيفة تجريبية"]);
    assert.equal(htmlToArticle(page({ head: '<script type="application/ld+json">{broken</script>' }), "https://n.example/news/2022/7/9/item")!.published, "2022-07-09");
    assert.equal(htmlToArticle(page({ body: `<p>طرابلس 14/02/2021 - ${P1}</p><p>${P2}</p>` }), null)!.published, "2021-02-14");
    assert.equal(htmlToArticle(page(), null)!.published, null);
  });

  it("a page without an article gives null", () => {
    const cases = [
      "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>",
      "<html><body><p>خبر قصير جدا.</p></body></html>",
      "",
    ];
    for (const html of cases) assert.equal(htmlToArticle(html, null), null, html);
  });

  it("dateFromUrl", () => {
    const cases: [string | null, string | null][] = [
      ["https://n.example/2024/03/09/x", "2024-03-09"],
      ["https://n.example/news/2019-1-5-title", "2019-01-05"],
      ["https://n.example/2024/13/40/x", null],
      ["https://n.example/article/20240309", null],
      [null, null],
    ];
    for (const [url, want] of cases) assert.equal(dateFromUrl(url), want, String(url));
  });
});

describe("HTML files through the shared reader", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "marsad-html-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("fileKind", () => {
    const cases: [string, string | null][] = [["a.html", "html"], ["a.HTM", "html"], ["a.txt", "text"], ["a.jsonl.gz", "jsonl"], ["a.pdf", null]];
    for (const [f, want] of cases) assert.equal(fileKind(f), want, f);
  });

  it("a folder of .html/.txt files: articles, and an error naming the page with no article; the rest continues", async () => {
    writeFileSync(join(dir, "a.html"), page({ head: '<meta property="article:published_time" content="2024-01-02">' }));
    writeFileSync(join(dir, "b.html"), "<html><body><nav>قائمة</nav></body></html>");
    writeFileSync(join(dir, "c.txt"), `خطة الحدود\n${P1}\n${P2}`);
    writeFileSync(join(dir, "d.txt"), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]));
    const errors: InputError[] = [];
    const docs: SourcedDoc[] = [];
    for await (const d of readLocalFiles([dir], (e) => errors.push(e))) docs.push(d);
    assert.deepEqual(docs.map((d) => [d.id, d.published ?? null, d.title]), [["a", "2024-01-02", "خطة لمراقبة الحدود"], ["c", null, "خطة الحدود"]]);
    assert.deepEqual(errors.map((e) => [e.source.replace(dir, ""), e.message]), [["/b.html", "HTML with no article text"], ["/d.txt", "invalid UTF-8"]]);
  });

  it("HTML is recognised by its first tag even without the extension", async () => {
    const f = join(dir, "saved");
    writeFileSync(f, page());
    const d = await readTextFile(f);
    assert.equal(d.text, `${P1}\n${P2}`);
  });

  it("bytesToDoc and textProblem", () => {
    assert.equal(bytesToDoc(Buffer.from("\ufeff" + P1), "x", "x").text, P1);
    const cases: [string, string | null][] = [
      [P1, null],
      ["   ", "empty text"],
      ["An English sentence that is long enough to be an article but is not Arabic at all, not even a word.", "not Arabic text"],
      [`${P1}\u0000`, "binary content (NUL bytes)"],
    ];
    for (const [text, want] of cases) assert.equal(textProblem(text), want, text.slice(0, 20));
  });
});
