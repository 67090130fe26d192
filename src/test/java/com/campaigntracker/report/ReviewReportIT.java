package com.campaigntracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * R15: the Execution Review Report of a campaign that ran its whole course — a late key visual explained,
 * accepted and escalated, a risk point, the project closed and its retrospective submitted — as a PDF
 * whose text (read back with PDFBox) holds the Chinese task names, the deviation, the decision and the
 * three ratings, in the shipped CJK font embedded; the same report in English.
 */
class ReviewReportIT extends IntegrationTest {

    @Autowired
    ReviewReportService reports;
    @Autowired
    Fixtures fixtures;
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
    void the_report_holds_the_tasks_deviations_decisions_and_ratings_in_an_embedded_cjk_font() throws Exception {
        long id = FinishedCampaign.withNewPeople(context, clock, users).id();
        byte[] zh = reports.pdf(id, Locale.SIMPLIFIED_CHINESE).orElseThrow();
        java.nio.file.Files.write(java.nio.file.Path.of("target/review-report-zh.pdf"), zh); // to look at
        try (PDDocument pdf = Loader.loadPDF(zh)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("执行复盘报告").contains("中秋礼盒销售额500万元")
                    .contains("礼盒主视觉").contains("礼盒印刷").contains("筹备阶段") // every work item
                    .contains("客户两次修改主视觉方向").contains("增加一名设计师").contains("客户确认，同意顺延")
                    .contains("从品牌部借调设计师") // the head's decision
                    // said and delivered on the task while the deviation was open
                    .contains("报告设计师评论").contains("客户第二次改稿，新稿见附件")
                    .contains("上传文件主视觉第二稿.png第1版")
                    .contains("印刷厂中秋前产能紧张") // the risk point
                    .contains("进度管控有效性：4/5").contains("风险应对及时性：3/5").contains("责任分工合理性：5/5")
                    .contains("主视觉须留足客户确认时间").contains("主视觉提前两周启动")
                    .contains("目标500万元，实际520").contains("签字确认")
                    // measured against the baseline: both finished 4 working days after it (the revision moved both)
                    .contains("按时完成率0%（2项中0项按时）").contains("延期任务2项，合计延期8个工作日")
                    .contains("9/5–9/9").contains("9/15–9/15"); // its baseline and actual dates
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2); // the cover has its own page
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).contains("NotoSansSC");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
        byte[] en = reports.pdf(id, Locale.ENGLISH).orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(en)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Execution Review Report").contains("Deviations and their handling")
                    .contains("Progress-control effectiveness: 4 / 5").contains("礼盒主视觉");
        }
        SignIn.as(users, fixtures.member("report-out", "局外人").getUsername());
        assertThat(reports.pdf(id, Locale.SIMPLIFIED_CHINESE)).isEmpty(); // not visible, no report
    }
}
