// Where meetings happen: event places as circles over world country shapes (world-atlas,
// bundled: no tile server, works offline). Circle size = events at the place.
import { useMemo } from "preact/hooks";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { useApi, type Places } from "../api.js";
import { Chart, echarts } from "../chart.js";
import { FilterBar, filterQuery, Status } from "../common.js";
import { esc } from "../escape.js";
import { t, useLang } from "../i18n.js";
import { navigate } from "../route.js";

let registered = false;
function registerWorld(): void {
  if (registered) return;
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  echarts.registerMap("world", feature(topo, topo.objects.countries) as never);
  registered = true;
}

export function MapView(props: { query: Record<string, string> }) {
  registerWorld();
  const filters = filterQuery(props.query);
  const res = useApi<Places>("places", filters);
  return (
    <section>
      <FilterBar view="map" query={filters} />
      <Status res={res}>{(data) => <PlaceMap data={data} filters={filters} />}</Status>
    </section>
  );
}

function PlaceMap(props: { data: Places; filters: Record<string, string> }) {
  const lang = useLang();
  const option = useMemo(() => {
    const max = Math.max(1, ...props.data.places.map((p) => p.count));
    return {
      tooltip: {
        trigger: "item",
        formatter: (p: { seriesType?: string; data?: { name: string; other?: string; value: number[]; last?: string } }) =>
          p.seriesType === "scatter" && p.data ? `${esc(p.data.name)}${p.data.other ? ` (${esc(p.data.other)})` : ""}<br/>${esc(p.data.value[2])} · ${esc(p.data.last ?? "")}` : "",
      },
      geo: {
        map: "world", roam: true, center: [15, 36], zoom: 4.2,
        itemStyle: { areaColor: "#eef1f4", borderColor: "#a0aec0" }, emphasis: { disabled: true }, silent: true,
      },
      series: [{
        type: "scatter", coordinateSystem: "geo",
        data: props.data.places.map((p) => ({
          name: lang === "en" && p.name_en ? p.name_en : p.name, other: lang === "en" ? p.name : p.name_en, key: p.name,
          value: [p.lon, p.lat, p.count], last: p.last,
        })),
        symbolSize: (v: number[]) => 6 + 24 * Math.sqrt(v[2] / max),
        itemStyle: { color: "#c05621", opacity: 0.8 },
        label: { show: true, formatter: "{b}", position: "right", fontSize: 11 },
      }],
    };
  }, [props.data, lang]);
  return (
    <>
      <p class="muted" data-testid="places-count">{props.data.places.length} {t("places")} · {t("unplaced", { n: props.data.unplaced })}</p>
      <Chart option={option} height={620} testId="map-chart" onClick={(p) => {
        const d = p.data as { key?: string } | undefined;
        if (d?.key) navigate("events", "", { ...props.filters, near: d.key });
      }} />
      <table class="places-table">
        <thead><tr><th>{t("place")}</th><th>{t("count")}</th><th>{t("last")}</th></tr></thead>
        <tbody>{props.data.places.slice(0, 30).map((p) => (
          <tr key={p.name + p.lat}><td title={lang === "en" ? p.name : p.name_en}>{lang === "en" && p.name_en ? p.name_en : p.name}</td><td>{p.count}</td><td>{p.last ?? ""}</td></tr>
        ))}</tbody>
      </table>
    </>
  );
}
