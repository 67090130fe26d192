package com.campaigntracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The plan table's strips: baseline on top, what happened below in green, red or yellow, drawn wherever
 * the report places them (the PDF scales them into the table's chart column).
 */
class ReportBarsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2030, 1, 1);
    private final ReportBars bars = new ReportBars(JAN_1, JAN_1.plusDays(99)); // 100 days across

    @Test
    void a_task_finished_after_its_baseline_is_a_grey_bar_over_a_red_one() {
        ReportBars.Strip strip = bars.draw(JAN_1.plusDays(10), JAN_1.plusDays(19), JAN_1.plusDays(10),
                JAN_1.plusDays(29), JAN_1.plusDays(50), false);
        BufferedImage image = paint(strip, ReportBars.WIDTH, ReportBars.HEIGHT);
        int inBoth = ReportBars.WIDTH * 15 / 100;
        int lateOnly = ReportBars.WIDTH * 25 / 100;
        assertThat(color(image, inBoth, 10)).isEqualTo(ReportBars.BASELINE);
        assertThat(color(image, inBoth, 34)).isEqualTo(ReportBars.LATE);
        assertThat(image.getRGB(lateOnly, 10) >>> 24).as("no baseline after its finish").isZero();
        assertThat(color(image, lateOnly, 34)).isEqualTo(ReportBars.LATE);
        assertThat(image.getRGB(ReportBars.WIDTH * 5 / 100, 34) >>> 24).as("nothing before the start").isZero();
    }

    @Test
    void a_running_task_ends_today_in_yellow_and_one_on_time_is_green() {
        ReportBars.Strip running = bars.draw(JAN_1, JAN_1.plusDays(59), JAN_1, null, JAN_1.plusDays(39), false);
        BufferedImage image = paint(running, ReportBars.WIDTH, ReportBars.HEIGHT);
        assertThat(color(image, ReportBars.WIDTH * 35 / 100, 34)).isEqualTo(ReportBars.RUNNING);
        assertThat(image.getRGB(ReportBars.WIDTH * 45 / 100, 34) >>> 24).as("not past today").isZero();
        ReportBars.Strip done = bars.draw(JAN_1, JAN_1.plusDays(59), JAN_1, JAN_1.plusDays(49), JAN_1.plusDays(70),
                false);
        assertThat(color(paint(done, ReportBars.WIDTH, ReportBars.HEIGHT), ReportBars.WIDTH * 45 / 100, 34))
                .isEqualTo(ReportBars.ON_TIME);
    }

    @Test
    void the_strip_fills_the_area_it_is_given() {
        ReportBars.Strip strip = bars.draw(JAN_1, JAN_1.plusDays(99), JAN_1, JAN_1.plusDays(99), JAN_1, false);
        BufferedImage small = paint(strip, ReportBars.WIDTH / 4, ReportBars.HEIGHT / 4); // the chart column's size
        assertThat(color(small, ReportBars.WIDTH / 8, 3)).isEqualTo(ReportBars.BASELINE);
        assertThat(color(small, ReportBars.WIDTH / 8, 8)).isEqualTo(ReportBars.ON_TIME);
    }

    private static BufferedImage paint(ReportBars.Strip strip, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            strip.render(null, g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Color color(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y), true);
    }
}
