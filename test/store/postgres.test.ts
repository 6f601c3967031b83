// The store contract on PostgreSQL (skipped, saying so, when MARSAD_TEST_PG is not set).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPostgresStore, numberParams, tsQuery } from "../../src/store/postgres.js";
import type { Store } from "../../src/store/types.js";
import { freshSchema, skipPg } from "../helpers/pg.js";
import { storeContract } from "./contract.js";

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
}
