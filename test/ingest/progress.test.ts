// Progress on a fake stream: a redrawn bar with count, rate and ETA on a terminal; periodic
// plain lines (every N articles or every few seconds) when piped. Time comes from a fake clock.
import { it } from "node:test";
import assert from "node:assert/strict";
import { createProgress, formatDuration } from "../../src/ingest/progress.js";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 120, write: (s: string) => writes.push(s) } };
}

it("terminal: one redrawn line with bar, count, rate and ETA", () => {
  let t = 0;
  const { writes, stream } = fakeStream(true);
  const p = createProgress(stream, { total: 10, now: () => t, redrawMs: 100 });
  for (let i = 0; i < 5; i++) {
    t += 1000;
    p.tick();
  }
  const last = writes.at(-1)!;
  assert.ok(last.startsWith("\r"), "redraws in place");
  assert.match(last, /\[#{10}-{10}\] 50% ingest: 5\/10 articles, 1\.0\/s, ETA 5 s/);
  assert.ok(!writes.some((w) => w.includes("\n")), "no new lines before done()");
  p.done();
  assert.equal(writes.at(-1), "\n");
});

it("terminal: redraws no more often than redrawMs", () => {
  let t = 0;
  const { writes, stream } = fakeStream(true);
  const p = createProgress(stream, { now: () => t, redrawMs: 100 });
  for (let i = 0; i < 50; i++) {
    t += 10;
    p.tick();
  }
  // drawn at t = 10, 110, 210, 310, 410 ms
  assert.equal(writes.length, 5);
  assert.match(writes.at(-1)!, /ingest: 41 articles, 100\.0\/s\x1b\[K$/);
  p.done();
  assert.match(writes.at(-2)!, /ingest: 50 articles/);
});

it("piped: a plain line every `everyItems` articles or after `everyMs`", () => {
  let t = 0;
  const { writes, stream } = fakeStream(false);
  const p = createProgress(stream, { now: () => t, everyItems: 100, everyMs: 5000 });
  for (let i = 0; i < 250; i++) {
    t += 10;
    p.tick();
  }
  assert.deepEqual(writes.map((w) => w.match(/ingest: (\d+) articles/)?.[1]), ["100", "200"]);
  t += 6000;
  p.tick();
  assert.match(writes.at(-1)!, /ingest: 251 articles/);
  p.tick();
  p.done();
  assert.match(writes.at(-1)!, /^ingest: 252 articles, [\d.]+\/s\n$/);
  assert.ok(writes.every((w) => !w.includes("\r") && w.endsWith("\n")));
});

it("piped: done() after nothing new writes nothing more", () => {
  const { writes, stream } = fakeStream(false);
  const p = createProgress(stream, { everyItems: 1 });
  p.tick();
  p.done();
  assert.equal(writes.length, 1);
});

it("formatDuration", () => {
  const cases: [number, string][] = [[0, "0 s"], [59_400, "59 s"], [65_000, "1 m 05 s"], [3_723_000, "1 h 02 m"], [Infinity, "?"], [-1, "?"]];
  for (const [ms, want] of cases) assert.equal(formatDuration(ms), want);
});

it("terminal: interrupt() clears the bar before an error line, and the next tick draws it again", () => {
  let t = 0;
  const { writes, stream } = fakeStream(true);
  const p = createProgress(stream, { now: () => t, redrawMs: 1000 });
  p.interrupt();
  assert.equal(writes.length, 0, "nothing drawn yet, nothing to clear");
  p.tick();
  p.interrupt();
  assert.equal(writes.at(-1), "\r\x1b[K");
  t += 1;
  p.tick();
  assert.match(writes.at(-1)!, /ingest: 2 articles/);
});

it("piped: interrupt() writes nothing", () => {
  const { writes, stream } = fakeStream(false);
  const p = createProgress(stream, { everyItems: 1 });
  p.tick();
  p.interrupt();
  assert.equal(writes.length, 1);
});
