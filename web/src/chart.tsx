// A Preact wrapper around one ECharts instance: created on mount, option replaced on change,
// resized with its box, disposed on unmount. Only the chart types the dashboard uses are
// registered, which keeps the bundle small.
import { useEffect, useRef } from "preact/hooks";
import * as echarts from "echarts/core";
import { BarChart, GraphChart, LineChart, ScatterChart } from "echarts/charts";
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([BarChart, GraphChart, LineChart, ScatterChart, GeoComponent, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

export { echarts };

export type ChartOption = Record<string, unknown>;

export function Chart(props: { option: ChartOption; height?: number; onClick?: (params: { dataType?: string; data?: unknown; name?: string }) => void; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(props.onClick);
  click.current = props.onClick;
  useEffect(() => {
    const c = echarts.init(box.current!, undefined, { renderer: "canvas" });
    chart.current = c;
    c.on("click", (p) => click.current?.(p as never));
    // a box leaving the page reports a zero size: resizing the chart to it would leave a
    // singular transform behind (ECharts throws on its next update), so ignore those
    const ro = new ResizeObserver(() => {
      const el = box.current;
      if (!c.isDisposed() && el && el.isConnected && el.clientWidth > 0 && el.clientHeight > 0) c.resize();
    });
    ro.observe(box.current!);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const c = chart.current;
    if (c && !c.isDisposed()) c.setOption(props.option, { notMerge: true });
  }, [props.option]);
  return <div ref={box} class="chart" data-testid={props.testId} style={{ height: `${props.height ?? 480}px` }} />;
}
