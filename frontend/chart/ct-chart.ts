/*
 * <ct-chart>: an Apache ECharts (Apache-2.0) chart in the element itself. The server sends the whole
 * ECharts option as JSON text (data only: no functions, no HTML formatters), the element draws it,
 * follows its own size, and reports a click on a data point as a "chart-click" event so a view can
 * open what the point stands for.
 */
import * as echarts from 'echarts';

class CtChart extends HTMLElement {
  private chart: echarts.ECharts | null = null;
  private pending: string | null = null;
  private resizer: ResizeObserver | null = null;

  set option(json: string) {
    this.pending = json;
    this.apply();
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    requestAnimationFrame(() => this.apply());
    this.resizer = new ResizeObserver(() => this.chart?.resize());
    this.resizer.observe(this);
  }

  disconnectedCallback() {
    this.resizer?.disconnect();
    this.resizer = null;
    this.chart?.dispose();
    this.chart = null;
  }

  private apply() {
    if (!this.isConnected || this.pending === null) {
      return;
    }
    if (!this.chart) {
      this.chart = echarts.init(this, undefined, { renderer: 'svg' });
      this.chart.on('click', (p: any) => {
        this.dispatchEvent(new CustomEvent('chart-click', {
          detail: { series: p.seriesName ?? '', name: String(p.name ?? ''), index: p.dataIndex ?? -1 },
        }));
      });
    }
    this.chart.setOption(JSON.parse(this.pending), true);
  }
}

customElements.define('ct-chart', CtChart);
