package com.campaigntracker.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.tracking.DigestService;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.RiskStatus;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The running demo campaign's risk register and weekly digest, as its manager uses them. */
class ProjectPagesUiTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    RiskService risks;
    @Autowired
    DigestService digests;

    private long holiday() {
        SignIn.as(users, "zhang");
        return projects.visibleProjects().stream().filter(p -> p.name().equals("双十一节日促销")).findFirst()
                .map(ProjectSummary::id).orElseThrow();
    }

    @Test
    void the_digest_lists_what_the_weekly_meeting_needs_and_its_schedule_is_saved() {
        long id = holiday();
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + id + "/digest");
        assertThat(_get(H2.class, spec -> spec.withId("digest-title")).getText()).startsWith("项目周报：双十一节日促销");
        assertThat(_get(Div.class, spec -> spec.withId("digest-slipped")).getElement().getTextRecursively())
                .contains("媒介排期");
        assertThat(_get(Div.class, spec -> spec.withId("digest-blocked")).getElement().getTextRecursively())
                .contains("直播带货对接").contains("主播档期待确认");
        assertThat(_get(Div.class, spec -> spec.withId("digest-risks")).getElement().getTextRecursively())
                .contains("[高]").contains("印刷厂");

        DigestView view = _get(DigestView.class);
        view.day.setValue(DayOfWeek.FRIDAY);
        view.at.setValue(LocalTime.of(16, 30));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("digest-save")));
        assertThat(lastNotification()).isEqualTo("周报发送时间已保存。");
        assertThat(digests.settings(id).day()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(digests.settings(id).at()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void the_manager_closes_a_risk_in_the_register_and_it_leaves_the_open_list() {
        long id = holiday();
        signIn("zhang");
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("projects/" + id + "/risks");
        RiskRegisterView view = _get(RiskRegisterView.class);
        List<RiskLine> open = GridKt._findAll(view.grid);
        assertThat(open).isNotEmpty().allMatch(r -> r.status() == RiskStatus.OPEN);
        RiskLine first = open.get(0);
        ButtonKt._click((Button) ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt
                ._getCellComponent(view.grid, 0, "actions")).getComponentAt(1));
        assertThat(GridKt._findAll(view.grid)).extracting(RiskLine::id).doesNotContain(first.id());
        view.showClosed.setValue(true);
        assertThat(GridKt._findAll(view.grid)).extracting(RiskLine::id).contains(first.id());
        // reopened, the demo stays as the other tests expect it
        RiskLine closed = risks.register(id).stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow();
        risks.setStatus(closed.id(), closed.version(), RiskStatus.OPEN);
    }
}
