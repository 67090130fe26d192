package com.campaigntracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.archive.ArchiveLine;
import com.campaigntracker.archive.ArchiveService;
import com.campaigntracker.report.FinishedCampaign;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What only a browser shows: the archived review report downloads as the very PDF that was archived. */
class ReportDownloadE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    ArchiveService archive;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void the_manager_downloads_the_archived_report_pdf() throws Exception {
        long projectId = FinishedCampaign.build(context, clock, users);
        ArchiveLine archived = archive.generate(projectId, Locale.SIMPLIFIED_CHINESE);
        SignIn.out();

        try (BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 900).setAcceptDownloads(true))) {
            Page page = browserContext.newPage();
            page.setDefaultTimeout(15000);
            signIn(page, "report-m", "secret");
            page.navigate(url("/archive"));
            Download download = page.waitForDownload(() -> page.locator("#archive-pdf-" + archived.id()).click());
            Path file = Path.of("target/archived-report.pdf");
            download.saveAs(file);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(download.suggestedFilename()).endsWith(" v1 zh-CN.pdf");
            assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .isEqualTo(archived.sha256());
        }
    }
}
