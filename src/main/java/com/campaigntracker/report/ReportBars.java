package com.campaigntracker.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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
    private static final int WIDTH = 476;
    private static final int HEIGHT = 48;

    private final LocalDate from;
    private final long days;

    /** @param from the axis' first day; {@code to} its last */
    ReportBars(LocalDate from, LocalDate to) {
        this.from = from;
        this.days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
    }

    /**
     * @param actualFinish null while running: the bar then ends today
     * @param summary      a phase or module: drawn thinner
     */
    BufferedImage draw(LocalDate baselineStart, LocalDate baselineFinish, LocalDate actualStart,
                       LocalDate actualFinish, LocalDate today, boolean summary) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int thin = summary ? 6 : 0;
            if (baselineStart != null && baselineFinish != null) {
                g.setColor(BASELINE);
                bar(g, baselineStart, baselineFinish, 4 + thin, 20 - thin);
            }
            if (actualStart != null) {
                LocalDate end = actualFinish != null ? actualFinish : today.isBefore(actualStart) ? actualStart : today;
                boolean late = baselineFinish != null && end.isAfter(baselineFinish);
                g.setColor(actualFinish == null ? (late ? LATE : RUNNING) : late ? LATE : ON_TIME);
                bar(g, actualStart, end, 26 + thin, 42 - thin);
            }
            g.setColor(new Color(0xE0, 0xE0, 0xE0));
            g.setStroke(new BasicStroke(1f));
            g.drawLine(0, HEIGHT - 1, WIDTH, HEIGHT - 1);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void bar(Graphics2D g, LocalDate start, LocalDate finish, int top, int bottom) {
        int x0 = x(start);
        int x1 = Math.max(x0 + 3, x(finish.plusDays(1)));
        g.fillRect(x0, top, x1 - x0, bottom - top);
    }

    private int x(LocalDate day) {
        long offset = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(from, day)));
        return (int) (offset * WIDTH / days);
    }
}
