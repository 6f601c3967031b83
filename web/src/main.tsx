// The dashboard shell: header with navigation and the language switch, and the view named by
// the URL hash. Arabic (right-to-left) by default.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, type Meta } from "./api.js";
import { MetaContext } from "./common.js";
import { applyLang, getLang, setLang, t, useLang, type Key } from "./i18n.js";
import { href, useRoute } from "./route.js";
import { Timeline } from "./views/Timeline.js";
import { ActorView } from "./views/Actor.js";
import { NetworkView } from "./views/Network.js";
import { MapView } from "./views/MapView.js";
import { TrendsView } from "./views/Trends.js";
import { FiguresView } from "./views/Figures.js";
import { Reader } from "./views/Reader.js";
import { SearchView } from "./views/Search.js";
import { EventView } from "./views/EventView.js";
import "./style.css";

const NAV: [string, Key][] = [["events", "timeline"], ["network", "network"], ["map", "map"], ["trends", "trends"], ["figures", "figures"], ["search", "search"]];

function App() {
  const lang = useLang();
  const route = useRoute();
  const [meta, setMeta] = useState<Meta | null>(null);
  useEffect(() => {
    api<Meta>("meta").then(setMeta, () => setMeta(null));
  }, []);
  useEffect(() => {
    document.title = `${t("title", {}, lang)} · ${t(NAV.find(([v]) => v === route.view)?.[1] ?? (route.view === "actor" ? "actor" : "article"), {}, lang)}`;
  }, [lang, route.view]);
  return (
    <MetaContext.Provider value={meta}>
      <header class="top">
        <a class="brand" href={href("events")}><strong>{t("title")}</strong> <span class="muted">{t("subtitle")}</span></a>
        <nav class="views">
          {NAV.map(([view, label]) => <a key={view} href={href(view)} class={route.view === view ? "active" : ""} aria-current={route.view === view ? "page" : undefined} data-view={view}>{t(label)}</a>)}
        </nav>
        <button type="button" class="lang" data-testid="lang" onClick={() => setLang(lang === "ar" ? "en" : "ar")}>{t("switchLang")}</button>
      </header>
      {meta && <p class="stats muted">{t("stats", { a: meta.stats.articles, e: meta.stats.events, p: meta.stats.actors })}</p>}
      <main data-view={route.view}>{view(route)}</main>
    </MetaContext.Provider>
  );
}

function view(route: ReturnType<typeof useRoute>) {
  switch (route.view) {
    case "actor": return <ActorView key={route.param} id={route.param} />;
    case "network": return <NetworkView query={route.query} />;
    case "map": return <MapView query={route.query} />;
    case "trends": return <TrendsView query={route.query} />;
    case "figures": return <FiguresView query={route.query} />;
    case "article": return <Reader key={route.param} id={route.param} query={route.query} />;
    case "search": return <SearchView query={route.query} />;
    case "event": return <EventView key={route.param} id={route.param} />;
    default: return <Timeline query={route.query} />;
  }
}

applyLang(getLang());
render(<App />, document.getElementById("app")!);
