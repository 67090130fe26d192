package com.campaigntracker.e2e;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * Every text a person reads on a page, shadow DOM included (a body's {@code innerText} does not reach into
 * shadow roots): rendered text nodes, the page title, and the aria-label, title and placeholder of visible
 * elements. Texts in a data region are left out: an element marked {@code data-content="user"} (what people
 * wrote: names of projects, tasks, people), a grid's body cells, the Gantt's rows and bars.
 */
final class VisibleTexts {

    /** One text and where it sits (the last elements of its path, {@code @attribute} for an attribute). */
    record Text(String text, String where) {
    }

    private static final String SCRIPT = """
            () => {
              const out = [{ text: document.title, where: 'title' }];
              const isDataCell = el => {
                const cell = el.assignedSlot && el.assignedSlot.parentElement;
                return !!cell && /\\bbody-cell\\b/.test(cell.getAttribute('part') || '');
              };
              const isData = el => el.matches('[data-content="user"], '
                  + '.gantt_grid_data, .gantt_bars_area, .gantt_task_line, .gantt_side_content')
                  || (el.localName === 'vaadin-grid-cell-content' && isDataCell(el));
              const where = el => {
                const parts = [];
                for (let e = el; e && parts.length < 4; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                  parts.unshift(e.localName + (e.id ? '#' + e.id : ''));
                }
                return parts.join('>');
              };
              const shown = text => {
                const range = document.createRange();
                range.selectNodeContents(text);
                const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
                if (!rects.length) return false;
                const style = getComputedStyle(text.parentElement);
                return style.visibility !== 'hidden' && style.opacity !== '0';
              };
              const walk = (node, data) => {
                if (node.nodeType === Node.TEXT_NODE) {
                  const t = node.textContent.replace(/\\s+/g, ' ').trim();
                  if (t && !data && node.parentElement && shown(node)) out.push({ text: t, where: where(node.parentElement) });
                  return;
                }
                if (node.nodeType === Node.ELEMENT_NODE) {
                  if (['script', 'style', 'template', 'noscript'].includes(node.localName)) return;
                  const style = getComputedStyle(node);
                  if (style.display === 'none') return;
                  data = data || isData(node);
                  if (!data && style.visibility !== 'hidden' && (style.display === 'contents' || node.getClientRects().length)) {
                    for (const a of ['aria-label', 'title', 'placeholder']) {
                      const v = (node.getAttribute(a) || '').trim();
                      if (v) out.push({ text: v, where: where(node) + '@' + a });
                    }
                  }
                  if (node.shadowRoot) walk(node.shadowRoot, data);
                } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
                  return;
                }
                for (const child of node.childNodes) walk(child, data);
              };
              walk(document.body, false);
              return out;
            }
            """;

    private VisibleTexts() {
    }

    @SuppressWarnings("unchecked")
    static List<Text> of(Page page) {
        List<Map<String, String>> found = (List<Map<String, String>>) page.evaluate(SCRIPT);
        return found.stream().map(m -> new Text(m.get("text"), m.get("where"))).toList();
    }
}
