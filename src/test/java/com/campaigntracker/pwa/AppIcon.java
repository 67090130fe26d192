package com.campaigntracker.pwa;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The app icon, drawn once here and written both as SVG (the source people read and edit) and as the
 * 512×512 PNG Vaadin's {@code @PWA} makes every other size from: a progress ring three quarters round
 * with a tick in it, white on the theme's blue. The blue fills the whole square (Android masks it to its
 * own shape) and everything drawn lies within the maskable safe zone, the centred circle of radius 40 %
 * (205 px): the ring reaches 160 px from the centre.
 *
 * <p>Run again after changing the drawing ({@code AppIconTest} fails until the files match it):
 * <pre>./mvnw -B -o -q test-compile -Dvaadin.skip &amp;&amp; java -cp target/test-classes com.campaigntracker.pwa.AppIcon</pre>
 */
public final class AppIcon {

    static final int SIZE = 512;
    static final String BLUE = "#006af5"; // Lumo's primary colour, hsl(214, 100%, 48%)
    static final Path SVG = Path.of("src/main/resources/META-INF/resources/icons/icon.svg");
    static final Path PNG = Path.of("src/main/resources/META-INF/resources/icons/icon.png");

    private static final int CENTRE = 256;
    private static final int RADIUS = 140;
    private static final int STROKE = 40;
    private static final int[][] TICK = {{196, 262}, {240, 306}, {324, 214}};

    private AppIcon() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(SVG, svg(), StandardCharsets.UTF_8);
        ImageIO.write(png(), "png", PNG.toFile());
    }

    static String svg() {
        int top = CENTRE - RADIUS;
        int left = CENTRE - RADIUS;
        StringBuilder tick = new StringBuilder();
        for (int[] p : TICK) {
            tick.append(tick.isEmpty() ? "" : " ").append(p[0]).append(',').append(p[1]);
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="%1$d" viewBox="0 0 %1$d %1$d">
                  <title>营销执行进度跟进</title>
                  <rect width="%1$d" height="%1$d" fill="%2$s"/>
                  <path d="M %3$d %4$d A %5$d %5$d 0 0 1 %6$d %7$d" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="%8$d" stroke-linecap="round"/>
                  <path d="M %6$d %7$d A %5$d %5$d 0 1 1 %3$d %4$d" fill="none" stroke="#ffffff" stroke-width="%8$d" stroke-linecap="round"/>
                  <polyline points="%9$s" fill="none" stroke="#ffffff" stroke-width="%8$d" stroke-linecap="round" stroke-linejoin="round"/>
                </svg>
                """.formatted(SIZE, BLUE, left, CENTRE, RADIUS, CENTRE, top, STROKE, tick);
    }

    static BufferedImage png() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.decode(BLUE));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setStroke(new BasicStroke(STROKE, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double box = CENTRE - RADIUS;
            // the quarter still to go (left to top), faint, then the three quarters done (top, right, bottom, left)
            g.setColor(new Color(255, 255, 255, 89));
            g.draw(new Arc2D.Double(box, box, 2 * RADIUS, 2 * RADIUS, 180, -90, Arc2D.OPEN));
            g.setColor(Color.WHITE);
            g.draw(new Arc2D.Double(box, box, 2 * RADIUS, 2 * RADIUS, 90, -270, Arc2D.OPEN));
            Path2D tick = new Path2D.Double();
            tick.moveTo(TICK[0][0], TICK[0][1]);
            for (int i = 1; i < TICK.length; i++) {
                tick.lineTo(TICK[i][0], TICK[i][1]);
            }
            g.draw(tick);
        } finally {
            g.dispose();
        }
        return image;
    }
}
