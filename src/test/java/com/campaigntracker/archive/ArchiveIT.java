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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one archived campaign for the class: see archived
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

    /** The finished campaign and its report archived twice, in Chinese and then in English. */
    private record Archived(long projectId, ArchiveLine first, ArchiveLine second) {
    }

    /**
     * Built once for the class (a full campaign and two PDFs cost seconds): what is archived is
     * append-only, so the tests that read it cannot disturb each other; the one that changes bytes
     * behind the app's back does so on a version of its own.
     */
    private Archived archived;

    @BeforeEach
    void archivedOnce() {
        if (archived == null) {
            long id = FinishedCampaign.build(context, clock, users);
            archived = new Archived(id, archive.generate(id, Locale.SIMPLIFIED_CHINESE),
                    archive.generate(id, Locale.ENGLISH));
            clock.reset();
        }
        SignIn.as(users, "report-m");
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void each_generation_is_a_new_version_by_whom_in_which_language_over_which_period() {
        ArchiveLine first = archived.first();
        ArchiveLine second = archived.second();
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.createdBy()).isEqualTo("报告经理");
        assertThat(first.language()).isEqualTo("zh-CN");
        assertThat(first.periodStart()).isEqualTo(FinishedCampaign.MON.plusDays(10)); // the first actual start
        assertThat(second.id()).isNotEqualTo(first.id());
        // read after the second generation: the first version is kept as it was, in its own row
        assertThat(archive.search(ArchiveFilter.ALL)).filteredOn(line -> line.id() == first.id()).singleElement()
                .satisfies(line -> {
                    assertThat(line.number()).isEqualTo(1);
                    assertThat(line.language()).isEqualTo("zh-CN");
                    assertThat(line.sha256()).isEqualTo(first.sha256());
                });
    }

    @Test
    void the_bytes_of_every_version_match_the_hash_and_size_recorded_when_it_was_made() {
        ArchiveLine first = archived.first();
        ArchiveLine second = archived.second();
        byte[] pdf = archive.pdf(first.id());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(ArchiveService.sha256(pdf)).isEqualTo(first.sha256());
        assertThat(first.sizeBytes()).isEqualTo(pdf.length);
        // and the second's bytes match the hash recorded for it
        assertThat(ArchiveService.sha256(archive.pdf(second.id()))).isEqualTo(second.sha256());
    }

    @Test
    void the_frozen_table_keeps_every_work_item_with_baseline_and_actual_and_the_deviation_with_its_decision()
            throws Exception {
        ArchiveLine first = archived.first();
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
        assertThat(table.files()).singleElement().satisfies(f -> {
            assertThat(f.task()).isEqualTo("礼盒主视觉");
            assertThat(f.name()).isEqualTo("主视觉第二稿.png");
            assertThat(f.version()).isEqualTo(1);
            assertThat(f.sha256()).isEqualTo(ArchiveService.sha256(FinishedCampaign.SECOND_DRAFT));
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(archive.excel(first.id(),
                Locale.SIMPLIFIED_CHINESE)))) {
            assertThat(book.getSheet("文件").getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo(ArchiveService.sha256(FinishedCampaign.SECOND_DRAFT));
            assertThat(book.getSheet("进度表").getRow(3).getCell(1).getStringCellValue()).contains("礼盒主视觉");
            assertThat(book.getSheet("进度表").getRow(3).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(FinishedCampaign.MON); // a real date
            assertThat(book.getSheet("进度表").getRow(3).getCell(10).getNumericCellValue()).isEqualTo(1.0);
            assertThat(book.getSheet("偏差记录").getRow(1).getCell(4).getStringCellValue()).isEqualTo("客户两次修改主视觉方向");
        }
    }

    @Test
    void no_service_can_change_what_is_archived_nothing_public_but_generating_and_reading() {
        assertThat(Arrays.stream(ArchiveService.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).containsExactlyInAnyOrder("generate", "search", "pdf", "table", "excel", "compare");
    }

    @Test
    void the_database_refuses_to_change_an_archived_row_and_bytes_changed_behind_its_back_are_refused_on_download() {
        ArchiveLine mine = archive.generate(archived.projectId(), Locale.SIMPLIFIED_CHINESE); // changed here alone
        ArchiveLine other = archived.second();
        byte[] pdf = archive.pdf(mine.id());
        // the database refuses to change an archived row (L10: the trigger of the migration)...
        assertThatThrownBy(() -> jdbc.update("update report_archive set pdf = concat(pdf, 'x') where id = ?",
                mine.id())).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(archive.pdf(mine.id())).isEqualTo(pdf);
        // ...and should someone with the rights to drop it do so, bytes changed behind the app's back are
        // still refused on download
        String noUpdate = migrationStatement("CREATE TRIGGER report_archive_no_update");
        jdbc.execute("DROP TRIGGER report_archive_no_update");
        try {
            jdbc.update("update report_archive set pdf = concat(pdf, 'x') where id = ?", mine.id());
            assertThatThrownBy(() -> archive.pdf(mine.id())).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("archive.error.tampered");
            assertThat(ArchiveService.sha256(archive.pdf(other.id()))).isEqualTo(other.sha256()); // the other is untouched
            // put the bytes back: the database this run leaves is backed up and checked by ops/check-backup-restore.sh
            jdbc.update("update report_archive set pdf = left(pdf, length(pdf) - 1) where id = ?", mine.id());
        } finally {
            jdbc.execute(noUpdate);
        }
        assertThat(archive.pdf(mine.id())).isEqualTo(pdf);
        assertThatThrownBy(() -> jdbc.update("update report_archive set pdf = pdf where id = ?", mine.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void the_archive_is_searched_by_name_period_and_department() {
        ArchiveLine first = archived.first();
        ArchiveLine second = archived.second();
        assertThat(archive.search(new ArchiveFilter("中秋礼盒", null, null, null))).extracting(ArchiveLine::id)
                .contains(first.id(), second.id());
        assertThat(archive.search(new ArchiveFilter(null, FinishedCampaign.MON.plusYears(1), null, null)))
                .extracting(ArchiveLine::id).doesNotContain(first.id());
        assertThat(archive.search(new ArchiveFilter(null, FinishedCampaign.MON, FinishedCampaign.MON.plusDays(30),
                first.departmentId()))).extracting(ArchiveLine::id).contains(first.id());
        assertThat(archive.search(new ArchiveFilter(null, null, null, -1L))).isEmpty();
    }

    @Test
    void the_task_owner_finds_and_downloads_exactly_the_archived_bytes_but_generates_nothing() {
        ArchiveLine second = archived.second();
        SignIn.as(users, "report-r"); // the task owner: may read, not generate
        assertThat(archive.search(ArchiveFilter.ALL)).extracting(ArchiveLine::id).contains(second.id());
        assertThatThrownBy(() -> archive.generate(archived.projectId(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        // ...and downloads exactly the archived bytes
        assertThat(ArchiveService.sha256(archive.pdf(second.id()))).isEqualTo(second.sha256());
    }

    @Test
    void a_running_project_has_no_review_report_to_archive_yet() {
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
