package com.campaigntracker.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.report.FinishedCampaign;
import com.campaigntracker.report.FrozenTable;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * R15: generating the report archives it — version, SHA-256, who, when, and the frozen progress table;
 * regenerating adds a version and keeps the old; the bytes match their hash, nothing can change them
 * through a service, and bytes changed behind the app's back are refused on download.
 */
class ArchiveIT extends IntegrationTest {

    @Autowired
    ArchiveService archive;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void each_generation_is_a_new_immutable_version_whose_bytes_match_their_hash() throws Exception {
        long id = FinishedCampaign.build(context, clock, users);
        ArchiveLine first = archive.generate(id, Locale.SIMPLIFIED_CHINESE);
        ArchiveLine second = archive.generate(id, Locale.ENGLISH);
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.createdBy()).isEqualTo("报告经理");
        assertThat(first.language()).isEqualTo("zh-CN");
        assertThat(first.periodStart()).isEqualTo(FinishedCampaign.MON.plusDays(10)); // the first actual start

        // read after the second generation: the first version is kept as it was, in its own row with the
        // hash and size recorded when it was made, and its bytes still match them
        byte[] pdf = archive.pdf(first.id());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(ArchiveService.sha256(pdf)).isEqualTo(first.sha256());
        assertThat(first.sizeBytes()).isEqualTo(pdf.length);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(archive.search(ArchiveFilter.ALL)).filteredOn(line -> line.id() == first.id()).singleElement()
                .satisfies(line -> {
                    assertThat(line.number()).isEqualTo(1);
                    assertThat(line.language()).isEqualTo("zh-CN");
                    assertThat(line.sha256()).isEqualTo(first.sha256());
                });
        // and the second's bytes match the hash recorded for it
        assertThat(ArchiveService.sha256(archive.pdf(second.id()))).isEqualTo(second.sha256());

        // the frozen table: every work item with baseline and actual, the deviation and its decision
        FrozenTable table = archive.table(first.id());
        assertThat(table.rows()).extracting(FrozenTable.Row::name).containsExactly("筹备阶段", "创意模块", "礼盒主视觉",
                "礼盒印刷");
        assertThat(table.rows().get(2).baselineFinish()).isEqualTo(FinishedCampaign.MON.plusDays(4));
        assertThat(table.rows().get(2).actualFinish()).isEqualTo(FinishedCampaign.MON.plusDays(10));
        assertThat(table.deviations()).singleElement().satisfies(d -> {
            assertThat(d.cause()).isEqualTo("客户两次修改主视觉方向");
            assertThat(d.decision()).isEqualTo("客户确认，同意顺延");
            assertThat(d.revision()).isEqualTo(1);
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(archive.excel(first.id(),
                Locale.SIMPLIFIED_CHINESE)))) {
            assertThat(book.getSheet("进度表").getRow(3).getCell(1).getStringCellValue()).contains("礼盒主视觉");
            assertThat(book.getSheet("进度表").getRow(3).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(FinishedCampaign.MON); // a real date
            assertThat(book.getSheet("进度表").getRow(3).getCell(10).getNumericCellValue()).isEqualTo(1.0);
            assertThat(book.getSheet("偏差记录").getRow(1).getCell(4).getStringCellValue()).isEqualTo("客户两次修改主视觉方向");
        }

        // no service can change what is archived: nothing public but generating and reading
        assertThat(Arrays.stream(ArchiveService.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).containsExactlyInAnyOrder("generate", "search", "pdf", "table", "excel", "compare");
        // the database refuses to change an archived row (L10: the trigger of the migration)...
        assertThatThrownBy(() -> jdbc.update("update report_archive set pdf = concat(pdf, 'x') where id = ?",
                first.id())).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(archive.pdf(first.id())).isEqualTo(pdf);
        // ...and should someone with the rights to drop it do so, bytes changed behind the app's back are
        // still refused on download
        String noUpdate = migrationStatement("CREATE TRIGGER report_archive_no_update");
        jdbc.execute("DROP TRIGGER report_archive_no_update");
        try {
            jdbc.update("update report_archive set pdf = concat(pdf, 'x') where id = ?", first.id());
            assertThatThrownBy(() -> archive.pdf(first.id())).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("archive.error.tampered");
            assertThat(ArchiveService.sha256(archive.pdf(second.id()))).isEqualTo(second.sha256()); // the other is untouched
            // put the bytes back: the database this run leaves is backed up and checked by ops/check-backup-restore.sh
            jdbc.update("update report_archive set pdf = left(pdf, length(pdf) - 1) where id = ?", first.id());
        } finally {
            jdbc.execute(noUpdate);
        }
        assertThat(archive.pdf(first.id())).isEqualTo(pdf);
        assertThatThrownBy(() -> jdbc.update("update report_archive set pdf = pdf where id = ?", first.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        // search by name, period and department; outsiders see nothing and generate nothing
        assertThat(archive.search(new ArchiveFilter("中秋礼盒", null, null, null))).extracting(ArchiveLine::id)
                .contains(first.id(), second.id());
        assertThat(archive.search(new ArchiveFilter(null, FinishedCampaign.MON.plusYears(1), null, null)))
                .extracting(ArchiveLine::id).doesNotContain(first.id());
        assertThat(archive.search(new ArchiveFilter(null, FinishedCampaign.MON, FinishedCampaign.MON.plusDays(30),
                first.departmentId()))).extracting(ArchiveLine::id).contains(first.id());
        assertThat(archive.search(new ArchiveFilter(null, null, null, -1L))).isEmpty();
        SignIn.as(users, "report-r"); // the task owner: may read, not generate
        assertThat(archive.search(ArchiveFilter.ALL)).extracting(ArchiveLine::id).contains(second.id());
        assertThatThrownBy(() -> archive.generate(id, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        // ...and downloads exactly the archived bytes
        assertThat(ArchiveService.sha256(archive.pdf(second.id()))).isEqualTo(second.sha256());

        // a running project has no review report to archive yet
        SignIn.as(users, "report-m");
        long running = com.campaigntracker.TestPlans.project(projects, people, "report-m", "未结项",
                FinishedCampaign.MON);
        assertThatThrownBy(() -> archive.generate(running, Locale.ENGLISH))
                .hasMessageContaining("archive.error.notClosed");
    }

    /** The statement of the migration that starts with {@code start}, up to its ';': the trigger lives in one place. */
    private static String migrationStatement(String start) {
        try (var in = ArchiveIT.class.getResourceAsStream("/db/migration/V25__plan_closed_projects_are_records.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int from = sql.indexOf(start);
            assertThat(from).as(start + " in the migration").isNotNegative();
            return sql.substring(from, sql.indexOf(';', from));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    com.campaigntracker.plan.ProjectService projects;
    @Autowired
    com.campaigntracker.people.PeopleService people;
}
