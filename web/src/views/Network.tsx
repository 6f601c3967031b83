// Who meets whom: a force-directed graph of actors (size = events, edge width = shared events).
// Clicking a person opens their page.
import { useContext, useMemo } from "preact/hooks";
import { useApi, type Network } from "../api.js";
import { Chart } from "../chart.js";
import { FilterBar, filterQuery, MetaContext, Status } from "../common.js";
import { countryName, t, useLang } from "../i18n.js";
import { navigate } from "../route.js";
import { esc } from "../escape.js";

const PALETTE = ["#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#2c7a7b", "#975a16", "#4a5568"];

export function NetworkView(props: { query: Record<string, string> }) {
  useContext(MetaContext);
  const filters = filterQuery(props.query);
  const res = useApi<Network>("network", { ...filters, nodes: "120" });
  return (
    <section>
      <FilterBar view="network" query={filters} />
      <Status res={res}>{(net) => <Graph net={net} />}</Status>
    </section>
  );
}

function Graph(props: { net: Network }) {
  const lang = useLang();
  const option = useMemo(() => {
    const countries = [...new Set(props.net.nodes.map((n) => n.country ?? "?"))];
    const max = Math.max(1, ...props.net.nodes.map((n) => n.count));
    return {
      tooltip: { formatter: (p: { dataType: string; data: { name?: string; other?: string; value?: number } }) => (p.dataType === "node" ? `${esc(p.data.name)}${p.data.other ? ` (${esc(p.data.other)})` : ""} — ${esc(p.data.value)}` : "") },
      legend: [{ data: countries.map((c) => (c === "?" ? "—" : countryName(c, lang))), top: 0 }],
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true,
        force: { repulsion: 160, edgeLength: [40, 140], gravity: 0.08 },
        categories: countries.map((c) => ({ name: c === "?" ? "—" : countryName(c, lang), itemStyle: { color: PALETTE[countries.indexOf(c) % PALETTE.length] } })),
        label: { show: true, position: "right", fontSize: 12, formatter: "{b}" },
        emphasis: { focus: "adjacency" },
        data: props.net.nodes.map((n) => {
          const c = countries.indexOf(n.country ?? "?");
          const other = lang === "en" ? n.name : n.name_en;
          return { id: n.id, name: lang === "en" && n.name_en ? n.name_en : n.name, value: n.count, other, symbolSize: 8 + 28 * Math.sqrt(n.count / max), category: c, itemStyle: { color: PALETTE[c % PALETTE.length] } };
        }),
        links: props.net.edges.map((e) => ({ source: e.source, target: e.target, value: e.weight, lineStyle: { width: Math.min(8, 1 + Math.log2(e.weight)), opacity: 0.5 } })),
      }],
    };
  }, [props.net, lang]);
  return (
    <>
      <p class="muted" data-testid="network-size">{props.net.nodes.length} · {props.net.edges.length}</p>
      <Chart option={option} height={620} testId="network-chart" onClick={(p) => {
        if (p.dataType === "node") navigate("actor", (p.data as { id: string }).id);
      }} />
    </>
  );
}
