package com.campaigntracker.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The committed icon files are what {@link AppIcon} draws: run it again after changing the drawing. */
class AppIconTest {

    @Test
    void the_svg_is_the_drawings_source() throws Exception {
        assertThat(Files.readString(AppIcon.SVG, StandardCharsets.UTF_8)).isEqualTo(AppIcon.svg());
    }

    @Test
    void the_png_is_the_drawing_at_512_px_opaque_and_full_bleed() throws Exception {
        BufferedImage committed = ImageIO.read(AppIcon.PNG.toFile());
        BufferedImage drawn = AppIcon.png();
        assertThat(committed.getWidth()).isEqualTo(512);
        assertThat(committed.getHeight()).isEqualTo(512);
        assertThat(committed.getColorModel().hasAlpha()).as("an opaque icon: the OS masks it itself").isFalse();
        // anti-aliasing may differ by a shade between JDKs: compare the pixels with a small tolerance
        long differing = 0;
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                if (distance(committed.getRGB(x, y), drawn.getRGB(x, y)) > 24) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels unlike the drawing").isLessThan(512 * 512 / 200);
        // the corners are the blue background (full bleed), and nothing white lies outside the maskable safe zone
        assertThat(committed.getRGB(0, 0) & 0xffffff).isEqualTo(0x006af5);
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                double fromCentre = Math.hypot(x + 0.5 - 256, y + 0.5 - 256);
                if (fromCentre > 0.4 * 512) {
                    assertThat(committed.getRGB(x, y) & 0xffffff).as("(%d, %d)", x, y).isEqualTo(0x006af5);
                }
            }
        }
    }

    private static int distance(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)),
                Math.max(Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)), Math.abs((a & 0xff) - (b & 0xff))));
    }
}
