// Output formats: CSV quoting, GEXF that parses as XML with the right nodes and weighted edges, GeoJSON.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { toCsv, toGexf, toGeoJson, toTable, eventRow, xmlEscape } from "../../src/store/format.js";
import type { Network, StoredEvent } from "../../src/store/types.js";

const EV: StoredEvent = {
  id: "ev1", type: "meeting", status: "happened", date: "2024-03-07", date_precision: "day",
  location: { name: "روما", name_en: "Rome", lat: 41.9, lon: 12.5 }, topics: ["migration", "training"],
  participants: [{ actor_id: "a1", name: "سالم الورفلي", title: "وزير الداخلية" }, { actor_id: "a2", name: "ماركو روسي", name_en: "Marco Rossi" }],
  sources: [{ article_id: "x1", url: null, outlet: null, evidence: [], rules: [] }], confidence: 0.9,
};

describe("formats", () => {
  it("writes CSV with quoting", () => {
    const cases: [Record<string, string | number | null>[], string][] = [
      [[{ a: "x", b: 1 }], "a,b\nx,1\n"],
      [[{ a: 'say "hi"', b: "1,2" }], 'a,b\n"say ""hi""","1,2"\n'],
      [[{ a: "line\nbreak", b: null }], 'a,b\n"line\nbreak",\n'],
      [[], "\n"],
    ];
    for (const [rows, expected] of cases) assert.equal(toCsv(rows), expected);
  });

  it("flattens an event into a row", () => {
    const r = eventRow(EV);
    assert.equal(r.participants, "سالم الورفلي (وزير الداخلية) | ماركو روسي");
    assert.equal(r.topics, "migration;training");
    assert.equal(r.sources, "x1");
    assert.match(toTable([r], ["date", "participants"]), /^date\s+participants\n-+\s+-+\n2024-03-07\s+سالم/);
  });

  it("writes GeoJSON points for events with coordinates only", () => {
    const fc = toGeoJson([EV, { ...EV, id: "ev2", location: null }]);
    assert.equal(fc.features.length, 1);
    assert.deepEqual((fc.features[0] as { geometry: unknown }).geometry, { type: "Point", coordinates: [12.5, 41.9] });
  });

  it("writes GEXF that Gephi can read: actors as nodes, weighted undirected edges", () => {
    const net: Network = {
      nodes: [
        { id: "a1", name: "سالم <الورفلي>", kind: "person", events: 3, country: "LY" },
        { id: "a2", name: "ماركو & روسي", name_en: "Marco Rossi", kind: "person", events: 2 },
        { id: "a3", name: "وحيد", kind: "org", events: 1 },
      ],
      edges: [{ source: "a1", target: "a2", weight: 2 }],
    };
    const xml = toGexf(net);
    assert.equal(XMLValidator.validate(xml), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    assert.equal(doc.gexf.version, "1.3");
    assert.equal(doc.gexf.graph.defaultedgetype, "undirected");
    const nodes = [doc.gexf.graph.nodes.node].flat();
    assert.deepEqual(nodes.map((n: { id: string; label: string }) => [n.id, n.label]), [["a1", "سالم <الورفلي>"], ["a2", "ماركو & روسي"]]); // a3 met nobody
    const edge = doc.gexf.graph.edges.edge;
    assert.deepEqual([edge.source, edge.target, edge.weight], ["a1", "a2", "2"]);
  });

  it("escapes XML and drops characters XML cannot carry", () => {
    assert.equal(xmlEscape(`a<b>&"c'\u0001`), "a&lt;b&gt;&amp;&quot;c&apos;");
  });
});
