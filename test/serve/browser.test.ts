// The dashboard in real headless Chromium (Debian's /usr/bin/chromium via playwright-core)
// against the API over a temp store of composed fixtures: each view loads with data, filters
// change results and the URL, the language switch flips direction and labels, the reader's
// person link opens the actor page, and nothing is logged to the console as an error.
// Screenshots of each view go to test-output/screenshots/. Skips when Chromium is missing
// (install it with scripts/setup-chromium.sh).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { buildWeb, startServer, webNeedsBuild } from "../../src/serve/server.js";
import { WEB_DIST } from "../../src/serve/static.js";
import { fixtureStore, MARCO, SALEM } from "./fixtures.js";

const CHROMIUM = process.env.MARSAD_CHROMIUM ?? "/usr/bin/chromium";
const SHOTS = fileURLToPath(new URL("../../test-output/screenshots/", import.meta.url));
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}: run scripts/setup-chromium.sh to run the browser tests`;
if (skip) console.log(`# browser tests skipped: ${skip}`);

describe("dashboard in headless Chromium", { skip }, () => {
  let base = "";
  let context: BrowserContext;
  let page: Page;
  let profile = "";
  const consoleErrors: string[] = [];
  let cleanup: (() => Promise<void>)[] = [];

  before(async () => {
    if (webNeedsBuild()) {
      const err = buildWeb();
      if (err) throw new Error(err);
    }
    const fx = await fixtureStore();
    // an article whose text carries markup: the reader must show it as text, never run it
    const html = 'نص فيه <img src="x" onerror="window.__xss=1"> و<script>window.__xss=2</script> وسم.';
    await fx.store.putDocument({ id: "t-html", url: null, published: "2024-01-01", title: "<b>عنوان</b>", text: html, offsets: [{ cleanStart: 0, rawStart: 0, length: html.length }], removed: [], sentences: [], mentions: [{ start: 0, end: 2, type: "person", text: "نص", source: "test" }], entities: [], events: [], figures: [], dates: [] });
    const srv = await startServer({ store: fx.store, port: 0, webRoot: WEB_DIST, buildWeb: false });
    base = srv.url;
    cleanup = [srv.close, fx.done];
    const { chromium } = await import("playwright-core");
    profile = mkdtempSync(join(tmpdir(), "marsad-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(`${m.text()} @ ${page.url()}`);
    });
    page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message} @ ${page.url()}`));
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    for (const f of cleanup) await f();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const open = async (hash: string) => {
    await page.goto(`${base}${hash}`);
    await page.waitForLoadState("networkidle");
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it("timeline: loads the events, Arabic and right-to-left by default", async () => {
    await open("#/events");
    await page.waitForSelector("[data-testid=event]");
    assert.equal(await page.locator("[data-testid=event]").count(), 3);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    assert.equal(await page.locator("nav.views a.active").textContent(), "الأحداث");
    await shot("timeline");
  });

  it("a filter changes the results and the URL", async () => {
    await open("#/events");
    await page.waitForSelector("[data-testid=event]");
    await page.selectOption("[data-testid=filters] select[name=topic]", "energy");
    await page.click("[data-testid=filters] button[type=submit]");
    await page.waitForFunction(() => location.hash.includes("topic=energy"));
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=event]").length === 1);
    assert.match(await page.locator("[data-testid=event]").first().textContent() ?? "", /فاليتا/);
    // the URL alone restores the filter
    await open("#/events?type=meeting&from=2024-04-01");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=event]").length === 1);
    assert.equal(await page.inputValue("[data-testid=filters] select[name=type]"), "meeting");
    await shot("timeline-filtered");
  });

  it("the language switch flips direction, labels and names", async () => {
    await open("#/events");
    await page.waitForSelector("[data-testid=event]");
    await page.click("[data-testid=lang]");
    await page.waitForFunction(() => document.documentElement.dir === "ltr");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.locator("nav.views a.active").textContent(), "Events");
    const name = page.locator(".actor-link .name", { hasText: SALEM.name_en }).first();
    assert.equal(await name.getAttribute("title"), SALEM.name, "the Arabic name on hover");
    await shot("timeline-en");
    await page.click("[data-testid=lang]");
    await page.waitForFunction(() => document.documentElement.dir === "rtl");
    assert.equal(await page.locator("nav.views a.active").textContent(), "الأحداث");
  });

  it("the reader highlights entities and a person link opens the actor page", async () => {
    await open("#/article/t-rome-1");
    await page.waitForSelector("[data-testid=reader]");
    const person = page.locator(".article-text a[data-kind=person]", { hasText: MARCO.name }).first();
    assert.equal(await person.count(), 1);
    assert.ok(await page.locator(".article-text .ann-place").count() >= 1);
    assert.ok(await page.locator(".article-text .ann-date").count() >= 1);
    assert.ok(await page.locator(".article-text .ann-figure").count() >= 1);
    assert.ok(await page.locator(".article-text .ann-event").count() >= 1);
    await shot("reader");
    await person.click();
    await page.waitForSelector("[data-testid=actor]");
    assert.match(page.url(), /#\/actor\//);
    assert.match(await page.locator("[data-testid=actor] h2").textContent() ?? "", new RegExp(MARCO.name));
    await page.waitForSelector("[data-testid=actor] [data-testid=event]");
    assert.equal(await page.locator("[data-testid=actor] [data-testid=event]").count(), 2);
    await page.waitForSelector("[data-testid=month-chart] canvas");
    await shot("actor");
    // from the actor page to their own network
    await page.click("[data-testid=actor-network]");
    await page.waitForFunction(() => document.querySelector("[data-testid=network-size]")?.textContent === "3 · 2");
  });

  it("network: the graph of who met whom", async () => {
    await open("#/network");
    await page.waitForSelector("[data-testid=network-chart] canvas");
    assert.equal(await page.locator("[data-testid=network-size]").textContent(), "4 · 3");
    await page.waitForTimeout(800); // let the force layout settle for the screenshot
    await shot("network");
    await page.selectOption("[data-testid=filters] select[name=topic]", "energy");
    await page.click("[data-testid=filters] button[type=submit]");
    await page.waitForFunction(() => document.querySelector("[data-testid=network-size]")?.textContent === "2 · 1");
    assert.match(page.url(), /topic=energy/);
  });

  it("map: event places over the world's countries", async () => {
    await open("#/map");
    await page.waitForSelector("[data-testid=map-chart] canvas");
    assert.match(await page.locator("[data-testid=places-count]").textContent() ?? "", /^3 /);
    assert.equal(await page.locator(".places-table tbody tr").count(), 3);
    await page.waitForTimeout(300);
    await shot("map");
  });

  it("topic trends over time", async () => {
    await open("#/trends");
    await page.waitForSelector("[data-testid=trends-chart] canvas");
    assert.equal(await page.locator("[data-testid=trends-table] tbody tr").count(), 4);
    assert.match(await page.locator("[data-testid=trends-table]").textContent() ?? "", /الأمن البحري/);
    await shot("trends");
  });

  it("figures table, filtered by unit", async () => {
    await open("#/figures");
    await page.waitForSelector("[data-testid=figures-table] tbody tr");
    assert.equal(await page.locator("[data-testid=figures-table] tbody tr").count(), 3);
    await shot("figures");
    await page.selectOption("select[name=unit]", "person");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=figures-table] tbody tr").length === 1);
    assert.match(page.url(), /unit=person/);
  });

  it("search shows hits with marked words", async () => {
    await open("#/search");
    await page.fill("input[name=q]", "زوارق");
    await page.press("input[name=q]", "Enter");
    await page.waitForSelector("[data-testid=hits] li");
    assert.equal(await page.locator("[data-testid=hits] li").count(), 1);
    assert.equal(await page.locator("[data-testid=hits] mark").first().textContent(), "زوارق");
    // actors match the words too, and lead to their page
    await page.fill("input[name=q]", "بيانكي");
    await page.press("input[name=q]", "Enter");
    await page.waitForSelector("[data-testid=actor-hits] a");
    assert.equal(await page.locator("[data-testid=actor-hits] a").count(), 1);
    await shot("search");
  });

  it("an event's date opens the event with its sources", async () => {
    await open("#/events?topic=energy");
    await page.waitForSelector("[data-testid=event]");
    await page.click("[data-testid=event] a.date");
    await page.waitForFunction(() => location.hash.startsWith("#/event/"));
    await page.waitForSelector("[data-testid=event] details[open] blockquote");
    assert.match(await page.locator("[data-testid=event] blockquote").first().textContent() ?? "", /إيلينا كونتي/);
    await shot("event");
  });

  it("the reader renders article markup as text", async () => {
    await open("#/article/t-html");
    await page.waitForSelector("[data-testid=reader]");
    assert.equal(await page.locator(".reader img, .reader script, .reader b").count(), 0);
    assert.match(await page.locator(".article-text").textContent() ?? "", /<img src="x"/);
    assert.match(await page.locator(".reader h2").textContent() ?? "", /<b>/);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  });

  it("logged no console errors", () => {
    assert.deepEqual(consoleErrors, []);
  });
});
