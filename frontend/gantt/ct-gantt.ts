/*
 * <ct-gantt>: dhtmlx-gantt (Community edition, MIT) in the element's light DOM, so the library's
 * global stylesheet applies. The server owns the data: every drag, resize, progress drag and link is
 * reported as a DOM event and the server answers with the tasks that changed (or the old state, which
 * puts the bar back). Strings arrive HTML-escaped from the server; this file only ever concatenates
 * them into the library's templates. What the free edition lacks (today line, baselines, working-day
 * calendar) is drawn here as an overlay or comes from the server.
 */
import { Gantt } from 'dhtmlx-gantt';
import 'dhtmlx-gantt/codebase/dhtmlxgantt.css';
import './ct-gantt.css';

type Json = any;

const LINK_TYPES: Record<string, string> = { FS: '0', SS: '1', FF: '2', SF: '3' };
const LINK_NAMES: Record<string, string> = { '0': 'FS', '1': 'SS', '2': 'FF', '3': 'SF' };
const DAY = 24 * 60 * 60 * 1000;

function parseDay(iso: string | null | undefined): Date | null {
  if (!iso) {
    return null;
  }
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function nextDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
}

function formatDay(date: Date): string {
  const pad = (n: number) => (n < 10 ? '0' : '') + n;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day a dragged date falls on; half a day's slack absorbs a daylight-saving hour. */
function dayOf(date: Date): Date {
  const mid = new Date(date.getTime() + DAY / 2);
  return new Date(mid.getFullYear(), mid.getMonth(), mid.getDate());
}

/** The last day a bar covers: the library's end date is the midnight after it. */
function lastDay(end: Date): Date {
  const back = new Date(end.getTime() - DAY / 2);
  return new Date(back.getFullYear(), back.getMonth(), back.getDate());
}

const SCALES: Record<string, (cn: boolean) => Json[]> = {
  DAY: (cn) => [
    { unit: 'month', step: 1, format: cn ? '%Y年%n月' : '%F %Y' },
    { unit: 'day', step: 1, format: '%j' },
  ],
  WEEK: (cn) => [
    { unit: 'month', step: 1, format: cn ? '%Y年%n月' : '%F %Y' },
    { unit: 'week', step: 1, format: cn ? '%n月%j日' : '%M %j' },
  ],
  MONTH: (cn) => [
    { unit: 'year', step: 1, format: cn ? '%Y年' : '%Y' },
    { unit: 'month', step: 1, format: cn ? '%n月' : '%M' },
  ],
  QUARTER: (cn) => [
    { unit: 'year', step: 1, format: cn ? '%Y年' : '%Y' },
    { unit: 'quarter', step: 1, format: (d: Date) => (cn ? '第' : 'Q') + (Math.floor(d.getMonth() / 3) + 1) + (cn ? '季度' : '') },
  ],
};
const SCALE_WIDTH: Record<string, number> = { DAY: 28, WEEK: 70, MONTH: 80, QUARTER: 90 };
const ZOOMS = ['DAY', 'WEEK', 'MONTH', 'QUARTER'];
const ZOOM_DAYS: Record<string, number> = { DAY: 1, WEEK: 7, MONTH: 30.44, QUARTER: 91.31 };

class CtGantt extends HTMLElement {
  private chart: Json = Gantt.getGanttInstance();
  private started = false;
  private pendingData: Json = null;
  private options: Json = { zoom: 'WEEK', readOnly: false, locale: 'en', columns: [] };
  private nonWorking = new Set<string>();
  private today: Date | null = null;
  private visible: Set<string> | null = null;
  private overlay: HTMLElement | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private applyingServerChange = false;
  private pendingChanges: string[] = [];
  private fitted = false;

  connectedCallback() {
    // the library measures its container when it starts: wait until the layout gave it a size
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.started) {
        if (this.clientHeight > 0) {
          this.start();
        }
      } else {
        this.chart.setSizes();
      }
    });
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  // ---- called from the server ----

  setOptions(json: string) {
    this.options = { ...this.options, ...JSON.parse(json) };
    this.nonWorking = new Set(this.options.nonWorkingDays || []);
    this.today = parseDay(this.options.today);
    if (this.started) {
      this.applyOptions();
      this.chart.render();
    }
  }

  setData(json: string) {
    const data = JSON.parse(json);
    this.pendingChanges = []; // everything is in here: older changes would undo newer data
    if (!this.started) {
      this.pendingData = data;
      return;
    }
    this.load(data);
  }

  /** Adds or replaces the given tasks and links and removes the listed ids: one change, one message. */
  applyChanges(json: string) {
    if (!this.started) {
      this.pendingChanges.push(json); // applied once the chart has started with its data
      return;
    }
    const change = JSON.parse(json);
    const chart = this.chart;
    const labels = change.labels || [];
    // the library's own events must let these through: they are the server's, not the user's
    this.applyingServerChange = true;
    try {
      chart.batchUpdate(() => {
        for (const id of change.removedLinks || []) {
          if (chart.isLinkExists(id)) {
            chart.deleteLink(id);
          }
        }
        for (const id of change.removedTasks || []) {
          if (chart.isTaskExists(id)) {
            chart.deleteTask(id);
          }
        }
        for (const t of change.tasks || []) {
          const task = this.toTask(t, labels);
          if (chart.isTaskExists(task.id)) {
            const existing = chart.getTask(task.id);
            const parent = task.parent;
            delete task.parent; // a parent changes through moveTask, never by assignment
            delete task.open; // the user's expand/collapse stays
            Object.assign(existing, task);
            if (String(chart.getParent(task.id)) !== String(parent)) {
              chart.moveTask(task.id, -1, parent);
            }
            chart.updateTask(task.id);
          } else {
            chart.addTask(task, task.parent);
          }
        }
        for (const l of change.links || []) {
          const link = this.toLink(l);
          if (chart.isLinkExists(link.id)) {
            Object.assign(chart.getLink(link.id), link);
            chart.updateLink(link.id);
          } else {
            chart.addLink(link);
          }
        }
      });
    } finally {
      this.applyingServerChange = false;
    }
    this.drawOverlay();
  }

  /** Shows only these task ids (their ancestors are expected among them); null shows everything. */
  setVisibleTasks(json: string | null) {
    this.visible = json == null ? null : new Set(JSON.parse(json));
    if (this.started) {
      this.chart.refreshData();
    }
  }

  showTask(id: string) {
    if (this.started && this.chart.isTaskExists(id)) {
      this.chart.showTask(id);
    }
  }

  // ---- the library ----

  private start() {
    const chart = this.chart;
    this.started = true;
    chart.plugins({ tooltip: true, keyboard_navigation: true });
    const c = chart.config;
    c.date_format = '%Y-%m-%d';
    c.duration_unit = 'day';
    // whole days whatever the zoom: rounding to scale marks would snap a week-scale drag to Mondays
    c.round_dnd_dates = false;
    c.time_step = 24 * 60;
    c.details_on_dblclick = false;
    c.details_on_create = false;
    c.show_errors = false;
    c.smart_rendering = true;
    c.auto_types = false;
    c.fit_tasks = true;
    c.row_height = 34;
    c.bar_height = 18;
    c.open_tree_initially = true;
    c.show_tasks_outside_timescale = true;

    const t = chart.templates;
    t.task_class = (_s: Date, _e: Date, task: Json) => task.css || '';
    t.link_class = (link: Json) => link.css || '';
    t.task_text = (_s: Date, _e: Date, task: Json) =>
      task.type === 'milestone' ? '' : `${Math.round((task.progress || 0) * 100)}%`;
    t.rightside_text = (_s: Date, _e: Date, task: Json) => (task.type === 'milestone' ? task.text : '');
    t.timeline_cell_class = (_item: Json, date: Date) =>
      this.options.zoom === 'DAY' && this.nonWorking.has(formatDay(date)) ? 'ct-gantt-off' : '';
    t.tooltip_text = (_s: Date, _e: Date, task: Json) => {
      const rows = (task.tooltip || []) as string[][];
      return `<div class="ct-gantt-tip"><b>${task.text}</b>` +
        rows.map(([label, value]) => `<div><span>${label}</span> ${value}</div>`).join('') + '</div>';
    };
    t.grid_row_class = (_s: Date, _e: Date, task: Json) => (task.css || '').split(' ')
      .filter((k: string) => k.startsWith('ct-row-')).join(' ');

    // the keyboard plugin can delete, add and indent tasks and open the built-in editor; only the
    // server changes tasks, so those are stopped unless it is the server's change being applied
    const serverOnly = () => this.applyingServerChange;
    chart.attachEvent('onBeforeTaskDelete', serverOnly);
    chart.attachEvent('onBeforeTaskAdd', serverOnly);
    chart.attachEvent('onBeforeTaskMove', serverOnly);
    chart.attachEvent('onBeforeRowDragEnd', () => false);
    chart.attachEvent('onBeforeLightbox', () => false);
    chart.attachEvent('onBeforeTaskDisplay', (id: string) => this.visible == null || this.visible.has(String(id)));
    chart.attachEvent('onBeforeTaskDrag', (id: string, mode: string) => {
      const task = chart.getTask(id);
      // summary bars follow their children (rolled up on the server), so they are not dragged
      return !this.options.readOnly && !task.readonly && task.type !== 'project' && !(task.type === 'milestone' && mode !== 'move');
    });
    chart.attachEvent('onAfterTaskDrag', (id: string, mode: string) => {
      const task = chart.getTask(id);
      if (mode === 'progress') {
        this.send('progress-changed', { id: String(id), percent: Math.round((task.progress || 0) * 100) });
        return;
      }
      // a milestone's diamond stands at the end of its day (see toTask): that day is its new finish
      const start = formatDay(task.type === 'milestone' ? lastDay(task.start_date) : dayOf(task.start_date));
      const end = formatDay(task.type === 'milestone' ? lastDay(task.start_date) : lastDay(task.end_date));
      this.send(mode === 'resize' ? 'task-resized' : 'task-moved', { id: String(id), start, end });
    });
    chart.attachEvent('onBeforeLinkAdd', (_id: string, link: Json) => {
      if (this.applyingServerChange) {
        return true;
      }
      this.send('link-created', {
        source: String(link.source), target: String(link.target), type: LINK_NAMES[String(link.type)] || 'FS',
      });
      return false; // the server adds it, with its own id, once it is saved
    });
    chart.attachEvent('onBeforeLinkDelete', (id: string) => {
      if (this.applyingServerChange) {
        return true;
      }
      this.send('link-deleted', { id: String(id) });
      return false; // the server removes it once it is gone
    });
    // the library reports clicks on arrows through these too, with the arrow's id: leave those to it
    const onLink = (e?: Event) => !!(e && (e.target as Element | null)?.closest?.('.gantt_task_link'));
    chart.attachEvent('onTaskClick', (id: string, e?: Event) => {
      if (id != null && !onLink(e) && chart.isTaskExists(id)) {
        this.send('task-clicked', { id: String(id) });
      }
      return true;
    });
    chart.attachEvent('onTaskDblClick', (id: string, e?: Event) => {
      if (id == null || onLink(e) || !chart.isTaskExists(id)) {
        return true; // a double click on an arrow asks whether to delete it
      }
      this.send('task-double-clicked', { id: String(id) });
      return false; // no built-in editor: the server decides what opens
    });
    chart.attachEvent('onGanttRender', () => this.drawOverlay());
    chart.attachEvent('onDataRender', () => this.drawOverlay());
    chart.attachEvent('onGanttScroll', () => this.drawOverlay());

    this.applyOptions();
    chart.init(this);
    if (this.pendingData) {
      this.load(this.pendingData);
      this.pendingData = null;
    }
    this.pendingChanges.splice(0).forEach((json) => this.applyChanges(json));
  }

  private applyOptions() {
    const chart = this.chart;
    const o = this.options;
    const cn = String(o.locale).toLowerCase().startsWith('zh');
    chart.i18n.setLocale(cn ? 'cn' : 'en');
    chart.config.readonly = !!o.readOnly;
    chart.config.drag_links = !o.readOnly;
    chart.config.drag_progress = !o.readOnly;
    chart.config.scales = (SCALES[o.zoom] || SCALES.WEEK)(cn);
    chart.config.min_column_width = SCALE_WIDTH[o.zoom] || 70;
    const columns = (o.columns || []) as Json[];
    chart.config.columns = columns.map((col, index) => ({
      name: col.key,
      label: col.label,
      width: col.width,
      align: col.align || 'left',
      tree: !!col.tree,
      resize: true,
      template: col.tree ? (task: Json) => task.text : (task: Json) => (task.cells && task.cells[index]) || '',
    }));
    chart.config.grid_width = columns.reduce((sum, col) => sum + (col.width || 80), 0);
  }

  private load(data: Json) {
    const chart = this.chart;
    chart.clearAll();
    const labels = data.labels || [];
    chart.parse({
      data: (data.tasks || []).map((t: Json) => this.toTask(t, labels)),
      links: (data.links || []).map((l: Json) => this.toLink(l)),
    });
    if (this.options.fitZoom && !this.fitted && chart.getTaskCount() > 0) {
      this.fitted = true;
      this.fitZoom();
    }
  }

  /**
   * Once, with the first data: the finest zoom from the asked one on at which every bar (and slip) fits
   * the timeline's width, so that no bar opens out of sight; the server is told the zoom it chose.
   */
  private fitZoom() {
    const chart = this.chart;
    const width = chart.$task ? chart.$task.clientWidth : 0;
    let first: number | null = null;
    let last: number | null = null;
    chart.eachTask((t: Json) => {
      if (t.unscheduled || !t.start_date || !t.end_date) {
        return;
      }
      const end = Math.max(t.end_date.getTime(), t.overrun_end ? t.overrun_end.getTime() : 0);
      first = first == null ? t.start_date.getTime() : Math.min(first, t.start_date.getTime());
      last = last == null ? end : Math.max(last, end);
    });
    if (!width || first == null || last == null) {
      return;
    }
    const days = (last - first) / DAY + 14; // the library pads the scale on both sides
    let zoom = this.options.zoom;
    for (let i = Math.max(0, ZOOMS.indexOf(zoom)); i < ZOOMS.length; i++) {
      zoom = ZOOMS[i];
      if ((days / ZOOM_DAYS[zoom]) * SCALE_WIDTH[zoom] <= width) {
        break;
      }
    }
    if (zoom !== this.options.zoom) {
      this.options.zoom = zoom;
      this.applyOptions();
      chart.render();
      this.send('zoom-fitted', { zoom });
    }
  }

  /** A task as Gantt.java's encoder writes it: see GanttJson.Encoder for the order. */
  private toTask(t: Json[], labels: string[]): Json {
    const [id, parent, text, startIso, endIso, progress, type, css, open, readOnly, cells, tip, baseStart, baseEnd,
      overrunEnd, overrunLabel] = t;
    const start = parseDay(startIso);
    const end = parseDay(endIso) || start;
    const tooltip: string[][] = [];
    for (let i = 0; i < (tip || []).length; i += 2) {
      tooltip.push([labels[tip[i]], tip[i + 1]]);
    }
    const task: Json = {
      id,
      parent: parent || 0,
      text,
      type: type === 1 ? 'project' : type === 2 ? 'milestone' : 'task',
      progress: (progress || 0) / 100,
      css: css || '',
      open: open === 1,
      readonly: readOnly === 1,
      cells: cells || [],
      tooltip,
      baseline_start: parseDay(baseStart),
      baseline_end: baseEnd ? nextDay(parseDay(baseEnd) as Date) : null,
      // a late task's slip: drawn after its bar by the overlay, so it is never dragged as if it were the plan
      overrun_end: overrunEnd ? nextDay(parseDay(overrunEnd) as Date) : null,
      overrun_label: overrunLabel || '',
    };
    if (start) {
      task.start_date = start;
      if (task.type === 'milestone') {
        // at the end of its day, so that a phase ending with it ends on that day too
        task.start_date = nextDay(end as Date);
        task.end_date = task.start_date;
      } else {
        task.end_date = nextDay(end as Date);
      }
      task.unscheduled = false;
    } else {
      task.unscheduled = true;
    }
    return task;
  }

  /** [id, source, target, type, lag, css] */
  private toLink(l: Json[]): Json {
    const [id, source, target, type, lag, css] = l;
    return { id, source, target, type: LINK_TYPES[type] || '0', lag: lag || 0, css: css || '' };
  }

  /**
   * Today line, baseline bars and late tasks' slips: the free edition has none of them, so they are drawn
   * over the timeline, where the mouse goes through them to the bars.
   */
  private drawOverlay() {
    const chart = this.chart;
    const area: HTMLElement | undefined = chart.$task_data;
    if (!area) {
      return;
    }
    if (!this.overlay || this.overlay.parentElement !== area) {
      this.overlay = document.createElement('div');
      this.overlay.className = 'ct-gantt-overlay';
      area.appendChild(this.overlay);
    }
    const parts: string[] = [];
    const rowHeight = chart.config.row_height;
    const scroll = chart.getScrollState();
    const first = Math.max(0, Math.floor(scroll.y / rowHeight) - 2);
    const last = Math.min(chart.getVisibleTaskCount() - 1, first + Math.ceil((this.clientHeight || 800) / rowHeight) + 4);
    for (let i = first; i <= last; i++) {
      const task = chart.getTaskByIndex(i);
      if (!task || task.type === 'project') {
        continue;
      }
      if (this.options.showBaselines && task.baseline_start && task.baseline_end) {
        const left = chart.posFromDate(task.baseline_start);
        const width = Math.max(4, chart.posFromDate(task.baseline_end) - left);
        const top = chart.getTaskTop(task.id) + rowHeight - 9;
        parts.push(`<div class="ct-gantt-baseline" style="left:${left}px;top:${top}px;width:${width}px"></div>`);
      }
      if (task.overrun_end && task.end_date && !task.unscheduled) {
        const bar = chart.getTaskPosition(task, task.end_date, task.overrun_end);
        const height = chart.config.bar_height;
        const top = chart.getTaskTop(task.id) + Math.round((rowHeight - height) / 2);
        // the label is the server's, escaped there
        parts.push(`<div class="ct-gantt-overrun" data-task-id="${task.id}" style="left:${bar.left}px;top:${top}px;`
          + `width:${Math.max(2, bar.width)}px;height:${height}px"></div>`
          + `<div class="ct-gantt-overrun-label" style="left:${bar.left + Math.max(2, bar.width) + 4}px;top:${top}px;`
          + `line-height:${height}px">${task.overrun_label}</div>`);
      }
    }
    if (this.today) {
      const x = Math.round((chart.posFromDate(this.today) + chart.posFromDate(nextDay(this.today))) / 2);
      const state = chart.getState();
      if (this.today >= state.min_date && this.today <= state.max_date) {
        parts.push(`<div class="ct-gantt-today" style="left:${x}px"></div>`);
      }
    }
    this.overlay.innerHTML = parts.join('');
    this.overlay.style.height = `${Math.max(area.scrollHeight, chart.getVisibleTaskCount() * rowHeight)}px`;
  }

  private send(name: string, detail: Json) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}

customElements.define('ct-gantt', CtGantt);
