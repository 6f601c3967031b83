// URL lists: one per line, # comments and blank lines ignored, bad lines named by number,
// duplicates once; document ids of web articles drop fragments and tracking parameters.
import { it } from "node:test";
import assert from "node:assert/strict";
import { isHttpUrl, parseUrlList, urlDocId } from "../../src/ingest/urls.js";

it("parses a URL list", () => {
  const r = parseUrlList([
    "# أخبار الأسبوع",
    "https://a.example/news/1",
    "",
    "  http://b.example/x?id=3   # the second outlet",
    "https://a.example/news/1",
    "ftp://c.example/file",
    "not a url",
    "https://a.example/news/2#comments",
  ].join("\r\n"));
  assert.deepEqual(r.urls, [
    { url: "https://a.example/news/1", line: 2 },
    { url: "http://b.example/x?id=3", line: 4 },
    { url: "https://a.example/news/2#comments", line: 8 },
  ]);
  assert.deepEqual(r.errors.map((e) => e.line), [6, 7]);
  assert.match(r.errors[0].message, /not an http\(s\) URL: ftp:/);
});

it("isHttpUrl", () => {
  const cases: [string, boolean][] = [["https://x.example/a", true], ["HTTP://x.example", true], ["/tmp/file.html", false], ["docs.jsonl", false], ["https://", false], ["-", false]];
  for (const [s, want] of cases) assert.equal(isHttpUrl(s), want, s);
});

it("urlDocId drops the fragment and tracking parameters, keeps the rest", () => {
  const cases: [string, string][] = [
    ["https://n.example/a/1?utm_source=rss&utm_medium=feed", "https://n.example/a/1"],
    ["https://n.example/a?id=42&fbclid=abc#top", "https://n.example/a?id=42"],
    ["https://n.example/%D8%AE%D8%A8%D8%B1", "https://n.example/%D8%AE%D8%A8%D8%B1"],
    ["https://n.example/خبر", "https://n.example/%D8%AE%D8%A8%D8%B1"],
  ];
  for (const [input, want] of cases) assert.equal(urlDocId(input), want, input);
});
