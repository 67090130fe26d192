package com.campaigntracker.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * The report's bar chart, one strip per work item on the project's time axis: its baseline (grey, top)
 * against what actually happened (bottom): green when finished by the baseline's finish, red when later,
 * yellow while still running.
 */
final class ReportBars {

    static final Color BASELINE = new Color(0xA6, 0xA6, 0xA6);
    static final Color ON_TIME = new Color(0x2E, 0x9D, 0x5B);
    static final Color LATE = new Color(0xD6, 0x45, 0x45);
    static final Color RUNNING = new Color(0xF2, 0xC2, 0x30);
    static final Color RULE = new Color(0xE0, 0xE0, 0xE0);
    static final int WIDTH = 476;
    static final int HEIGHT = 48;

    private final LocalDate from;
    private final long days;

    /** @param from the axis' first day; {@code to} its last */
    ReportBars(LocalDate from, LocalDate to) {
        this.from = from;
        this.days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
    }

    /**
     * One work item's strip.
     *
     * @param actualFinish null while running: the bar then ends today
     * @param summary      a phase or module: drawn thinner
     */
    Strip draw(LocalDate baselineStart, LocalDate baselineFinish, LocalDate actualStart, LocalDate actualFinish,
               LocalDate today, boolean summary) {
        int thin = summary ? 6 : 0;
        Bar baseline = baselineStart != null && baselineFinish != null
                ? bar(BASELINE, baselineStart, baselineFinish, 4 + thin, 20 - thin) : null;
        Bar actual = null;
        if (actualStart != null) {
            LocalDate end = actualFinish != null ? actualFinish : today.isBefore(actualStart) ? actualStart : today;
            boolean late = baselineFinish != null && end.isAfter(baselineFinish);
            actual = bar(actualFinish == null ? (late ? LATE : RUNNING) : late ? LATE : ON_TIME, actualStart, end,
                    26 + thin, 42 - thin);
        }
        return new Strip(baseline, actual);
    }

    private Bar bar(Color color, LocalDate start, LocalDate finish, int top, int bottom) {
        int x0 = x(start);
        int x1 = Math.max(x0 + 3, x(finish.plusDays(1)));
        return new Bar(color, x0, top, x1 - x0, bottom - top);
    }

    private int x(LocalDate day) {
        long offset = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(from, day)));
        return (int) (offset * WIDTH / days);
    }

    /** A filled rectangle on the strip's WIDTH × HEIGHT grid. */
    record Bar(Color color, int x, int y, int width, int height) implements java.io.Serializable {
    }

    /**
     * A strip drawn where the PDF places it, as vectors: no picture to encode at fill and decode again at
     * export, which took most of a large report's time.
     */
    static final class Strip extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

        private static final long serialVersionUID = 1L;

        private final Bar baseline;
        private final Bar actual;

        Strip(Bar baseline, Bar actual) {
            this.baseline = baseline;
            this.actual = actual;
        }

        Bar baseline() {
            return baseline;
        }

        Bar actual() {
            return actual;
        }

        @Override
        public Dimension2D getDimension(JasperReportsContext context) {
            return new Dimension(WIDTH, HEIGHT);
        }

        @Override
        public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.translate(area.getX(), area.getY());
                g.scale(area.getWidth() / WIDTH, area.getHeight() / HEIGHT);
                paint(g);
            } finally {
                g.dispose();
            }
        }

        /** On the WIDTH × HEIGHT grid. */
        void paint(Graphics2D g) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (Bar b : new Bar[] {baseline, actual}) {
                if (b != null) {
                    g.setColor(b.color());
                    g.fillRect(b.x(), b.y(), b.width(), b.height());
                }
            }
            g.setColor(RULE);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(0, HEIGHT - 1, WIDTH, HEIGHT - 1);
        }
    }
}
