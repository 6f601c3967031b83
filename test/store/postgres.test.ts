// The store contract on PostgreSQL (skipped, saying so, when MARSAD_TEST_PG is not set).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPostgresStore, numberParams, tsQuery } from "../../src/store/postgres.js";
import type { Store } from "../../src/store/types.js";
import { freshSchema, skipPg } from "../helpers/pg.js";
import { storeContract } from "./contract.js";
import { openStore } from "../../src/store/open.js";
import { doc, event, participant } from "./fixtures.js";

describe("postgres helpers", () => {
  it("numbers placeholders and builds tsquery literals", () => {
    const cases: [string, string][] = [
      ["SELECT ? , ?", "SELECT $1 , $2"],
      ["x IN (?, ?, ?)", "x IN ($1, $2, $3)"],
      ["no params", "no params"],
    ];
    for (const [input, expected] of cases) assert.equal(numberParams(input), expected);
    assert.equal(tsQuery(["هجره", "it's"]), "'هجره':* & 'its':*");
  });
});

if (skipPg) {
  describe("Store contract: postgres", () => {
    it("needs PostgreSQL", { skip: skipPg }, () => {});
  });
} else {
  // each store lives in its own schema, dropped when the store is closed
  storeContract("postgres", async (): Promise<Store> => {
    const { url, drop } = await freshSchema();
    const store = await openPostgresStore(url, { placeLookup: null, max: 2 });
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      await drop();
    };
    return store;
  });

  describe("postgres: several writers", () => {
    it("opens through openStore and fuses one meeting written by two processes at once", async () => {
      const { url, drop } = await freshSchema();
      try {
        const [a, b] = await Promise.all([openStore(url, { placeLookup: null }), openStore(url, { placeLookup: null })]);
        assert.deepEqual([a.backend, b.backend], ["postgres", "postgres"]);
        const meeting = (id: string) =>
          doc(id, `نص ${id} عن اللقاء`, { events: [event("meeting", [participant("سالم الورفلي"), participant("ماركو روسي")], "2024-05-05")] });
        const results = await Promise.all([
          ...Array.from({ length: 5 }, (_, i) => a.putDocument(meeting(`a${i}`))),
          ...Array.from({ length: 5 }, (_, i) => b.putDocument(meeting(`b${i}`))),
        ]);
        assert.equal(results.filter((r) => r.events === 1).length, 1);
        const s = await a.stats();
        assert.deepEqual([s.articles, s.events, s.event_sources, s.actors], [10, 1, 10, 2]);
        await Promise.all([a.close(), b.close()]);
      } finally {
        await drop();
      }
    });
  });
}
