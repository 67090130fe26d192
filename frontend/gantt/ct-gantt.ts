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

function fromEpochDay(day: number): Date {
  const utc = new Date(day * DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** A column's value for a row: a column the same for every row travels as that one value. */
function at(column: Json, i: number): Json {
  return Array.isArray(column) ? column[i] : column;
}

/** A text: its index in the message's table when it occurs more than once there, else itself. */
function text(value: Json, table: string[]): string {
  return typeof value === 'number' ? table[value] : (value || '');
}

/** A column as it travelled (an array, runs of equal values, or one value for every row), readable by at(). */
function column(value: Json): Json {
  if (value != null && typeof value === 'object' && !Array.isArray(value) && value.rle) {
    const runs = value.rle as Json[];
    const all: Json[] = [];
    for (let k = 0; k < runs.length; k += 2) {
      for (let c = 0; c < runs[k + 1]; c++) {
        all.push(runs[k]);
      }
    }
    return all;
  }
  return value;
}

/** An id column of n rows: numbers as differences from the one before, or the ids themselves. */
function ids(value: Json, n: number, numeric: boolean): string[] {
  const c = column(value);
  const all: string[] = [];
  let previous = 0;
  for (let i = 0; i < n; i++) {
    all.push(numeric ? String((previous += at(c, i))) : String(at(c, i)));
  }
  return all;
}

/**
 * Tasks and links as GanttJson.encode writes them (by column; see there) into the library's objects. Dates
 * are whole days: a bar ends at the midnight after its last day, a milestone's diamond at the end of its day.
 */
function decode(m: Json): { tasks: Json[]; links: Json[] } {
  const table: string[] = m.s || [];
  const numeric = !!m.num;
  const t = m.tasks || { n: 0 };
  const tasks: Json[] = [];
  const taskIds = ids(t.id, t.n, numeric);
  const parents = column(t.parent);
  const starts = column(t.start);
  const days = column(t.days);
  const types = column(t.type);
  const progress = column(t.progress);
  const css = column(t.css);
  const open = column(t.open);
  const readOnly = column(t.readOnly);
  const cells = (t.cells || []).map(column);
  const overrunLabels = column(t.overrunLabel);
  let start = 0;
  for (let i = 0; i < t.n; i++) {
    const id = taskIds[i];
    const parentValue = at(parents, i);
    const parent = numeric ? (parentValue ? String(Number(id) - parentValue) : 0) : (parentValue || 0);
    const type = at(types, i);
    const task: Json = {
      id,
      parent,
      text: text(t.text[i], table),
      type: type === 1 ? 'project' : type === 2 ? 'milestone' : 'task',
      progress: (at(progress, i) || 0) / 100,
      css: text(at(css, i), table),
      open: at(open, i) === 1,
      readonly: at(readOnly, i) === 1,
      cells: cells.map((c: Json) => (c == null ? null : text(at(c, i), table))),
      baseline_start: null,
      baseline_end: null,
      overrun_end: null,
      overrun_label: '',
    };
    const startDelta = at(starts, i);
    if (startDelta != null) {
      start += startDelta;
      const end = start + (at(days, i) || 0);
      if (task.type === 'milestone') {
        // at the end of its day, so that a phase ending with it ends on that day too
        task.start_date = fromEpochDay(end + 1);
        task.end_date = task.start_date;
      } else {
        task.start_date = fromEpochDay(start);
        task.end_date = fromEpochDay(end + 1);
      }
      task.unscheduled = false;
      if (t.overrun && t.overrun[i] != null) {
        // a late task's slip: drawn after its bar by the overlay, so it is never dragged as if it were the plan
        task.overrun_end = fromEpochDay(end + t.overrun[i] + 1);
        task.overrun_label = text(at(overrunLabels, i), table);
      }
    } else {
      task.unscheduled = true;
    }
    if (t.baseStart && t.baseStart[i] != null) {
      task.baseline_start = fromEpochDay(t.baseStart[i]);
      task.baseline_end = fromEpochDay(t.baseStart[i] + t.baseDays[i] + 1);
    }
    tasks.push(task);
  }
  const l = m.links || { n: 0 };
  const links: Json[] = [];
  const linkIds = ids(l.id, l.n, numeric);
  const sources = ids(l.source, l.n, numeric);
  const targets = ids(l.target, l.n, numeric);
  const linkTypes = column(l.type);
  const lags = column(l.lag);
  const linkCss = column(l.css);
  for (let i = 0; i < l.n; i++) {
    links.push({
      id: linkIds[i], source: sources[i], target: targets[i], type: LINK_TYPES[at(linkTypes, i)] || '0',
      lag: at(lags, i) || 0, css: text(at(linkCss, i), table),
    });
  }
  return { tasks, links };
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
  private pendingChanges: Json[] = [];
  /** Tooltips the server sent, by task id, until the data changes; and the task whose tooltip was asked last. */
  private tips = new Map<string, string>();
  private tipWanted: string | null = null;
  private lastMove: MouseEvent | null = null;
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

  setOptions(json: Json) {
    this.options = { ...this.options, ...(typeof json === 'string' ? JSON.parse(json) : json) };
    // days off as differences in days from the one before
    this.nonWorking = new Set();
    let day = 0;
    for (const d of this.options.nonWorkingDays || []) {
      day += d;
      this.nonWorking.add(formatDay(fromEpochDay(day)));
    }
    this.tips.clear();
    this.today = parseDay(this.options.today);
    if (this.started) {
      this.applyOptions();
      this.chart.render();
    }
  }

  setData(json: Json) {
    const data = typeof json === 'string' ? JSON.parse(json) : json;
    this.pendingChanges = []; // everything is in here: older changes would undo newer data
    this.tips.clear();
    if (!this.started) {
      this.pendingData = data;
      return;
    }
    this.load(data);
  }

  /** Adds or replaces the given tasks and links and removes the listed ids: one change, one message. */
  applyChanges(json: Json) {
    if (!this.started) {
      this.pendingChanges.push(json); // applied once the chart has started with its data
      return;
    }
    const change = typeof json === 'string' ? JSON.parse(json) : json;
    const chart = this.chart;
    this.tips.clear(); // a tooltip shown before may say what is no longer so (a float, a status)
    const decoded = decode(change);
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
        for (const task of decoded.tasks) {
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
        for (const link of decoded.links) {
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

  /** A task's tooltip, asked for by tooltip-requested: shown at once when the pointer still rests on the bar. */
  setTooltip(tip: Json) {
    const data = typeof tip === 'string' ? JSON.parse(tip) : tip;
    // the server escaped every text
    const html = `<div class="ct-gantt-tip"><b>${data.text}</b>` +
      (data.lines as string[][]).map(([label, value]) => `<div><span>${label}</span> ${value}</div>`).join('') + '</div>';
    this.tips.set(String(data.id), html);
    const move = this.lastMove;
    if (this.tipWanted === String(data.id) && move && move.target instanceof Element && move.target.isConnected) {
      // the library's tooltip shows on pointer moves: one more, where the pointer is, shows it now
      move.target.dispatchEvent(new MouseEvent('mousemove', {
        bubbles: true, clientX: move.clientX, clientY: move.clientY, screenX: move.screenX, screenY: move.screenY,
      }));
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
    // a tooltip comes from the server when the pointer first rests on a bar (its float, baseline and facts
    // are not sent with the data); until it arrives, nothing shows
    t.tooltip_text = (_s: Date, _e: Date, task: Json) => {
      const id = String(task.id);
      const tip = this.tips.get(id);
      if (tip != null) {
        return tip;
      }
      if (this.tipWanted !== id) {
        this.tipWanted = id;
        this.send('tooltip-requested', { id });
      }
      return null;
    };
    this.addEventListener('mousemove', (e: MouseEvent) => { this.lastMove = e; }, true);
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
      // a milestone's diamond stands at the end of its day (see decode): that day is its new finish
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
    if (chart.getTaskCount() > 0 || chart.getLinks().length > 0) {
      chart.clearAll();
    }
    const decoded = decode(data);
    if (this.options.fitZoom && !this.fitted && decoded.tasks.length > 0) {
      this.fitted = true;
      this.fitZoom(decoded.tasks); // before the data is drawn: drawn once, at the zoom it is seen at
    }
    chart.parse({ data: decoded.tasks, links: decoded.links });
  }

  /**
   * Once, with the first data: the finest zoom from the asked one on at which every bar (and slip) fits
   * the timeline's width, so that no bar opens out of sight; the server is told the zoom it chose.
   */
  private fitZoom(tasks: Json[]) {
    const chart = this.chart;
    const width = chart.$task ? chart.$task.clientWidth : 0;
    let first: number | null = null;
    let last: number | null = null;
    for (const t of tasks) {
      if (t.unscheduled || !t.start_date || !t.end_date) {
        continue;
      }
      const end = Math.max(t.end_date.getTime(), t.overrun_end ? t.overrun_end.getTime() : 0);
      first = first == null ? t.start_date.getTime() : Math.min(first, t.start_date.getTime());
      last = last == null ? end : Math.max(last, end);
    }
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
      this.send('zoom-fitted', { zoom });
    }
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
