package com.campaigntracker.tracking.ui;

import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.campaigntracker.shared.ui.StatusBadge;
import com.campaigntracker.tracking.DigestService;
import com.campaigntracker.tracking.DigestSettings;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.WeeklyDigest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The weekly digest for the weekly meeting (周例会): on screen, printable, and when it goes to the channels. */
@Route("projects/:projectId/digest")
@PermitAll
public class DigestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DigestService digests;
    private final transient Clock clock;
    final ComboBox<DayOfWeek> day = new ComboBox<>();
    final TimePicker at = ComponentTexts.timePicker(new TimePicker());
    final Checkbox enabled = new Checkbox();
    private long projectId;
    private long settingsVersion;
    private String title = "";

    DigestView(DigestService digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
        addClassName("digest");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        projectId = ProjectPage.id(event);
        WeeklyDigest d = ProjectPage.load(this, projectId, digests::digest, w -> w.project().name(), t -> title = t)
                .orElse(null);
        if (d == null) {
            return;
        }
        Locale locale = getLocale();
        Button print = new Button(getTranslation("digest.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("digest-print");
        HorizontalLayout bar = new HorizontalLayout(new ProjectNav(projectId, ProjectNav.Page.DIGEST), print);
        bar.addClassName("no-print");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        H2 heading = new H2(getTranslation("digest.title", d.project().name(), Formats.date(d.weekOf(), locale)));
        heading.setId("digest-title");
        var p = d.project();
        add(heading, new com.campaigntracker.shared.ui.RecordBanner(p.status().name(), p.closedAt(), p.reopenedAt(),
                p.reopenedByName(), p.reopenReason(), clock.getZone()), bar, new Paragraph(getTranslation("digest.summary", Formats.percent(d.project().percentComplete(),
                locale), Formats.dateTime(d.generatedAt(), clock.getZone(), locale))));
        if (d.finishSlip() != null && d.finishSlip() > 0) {
            Paragraph slip = new Paragraph(getTranslation("digest.finishSlip", d.finishSlip()));
            slip.addClassName("digest-alert");
            add(slip);
        }
        add(section("digest-key", "digest.keyTasks", d.keyTasks(), k -> line(k.task(), Formats.percent(k.task().percent(),
                locale) + " / " + getTranslation("digest.expected", Formats.percent(k.expected(), locale)))));
        add(section("digest-slipped", "digest.slipped", d.slipped(), t -> line(t, getTranslation("item.plannedFinish")
                + " " + Formats.date(t.plannedFinish(), locale) + owner(t))));
        add(section("digest-blocked", "digest.blocked", d.blocked(), t -> line(t,
                t.blockedReason() == null ? "" : t.blockedReason())));
        add(section("digest-risks", "digest.risks", d.openRisks(), this::risk));
        add(section("digest-overdue", "digest.overdueUpdates", d.overdueUpdates(), t -> line(t,
                Formats.dateTime(t.update().due(), clock.getZone(), locale) + owner(t))));
        add(section("digest-milestones", "digest.milestones", d.nextMilestones(), t -> line(t,
                Formats.date(t.plannedFinish(), locale))));
        if (d.project().editable()) {
            add(scheduleForm());
        }
    }

    private String owner(TrackedTask t) {
        return t.ownerName() == null ? "" : " · " + t.ownerName();
    }

    private Component line(TrackedTask t, String facts) {
        Span name = new Span(t.wbs() + " " + t.name());
        name.addClassName("digest-task");
        return new Span(name, new Span(" "), new StatusBadge(t.status()), new Span(" " + facts));
    }

    private Component risk(RiskLine r) {
        return new Span("[" + getTranslation("risk." + r.level().name()) + "] " + r.taskWbs() + " " + r.taskName()
                + ": " + r.description() + (r.mitigation() == null ? "" : " → " + r.mitigation()));
    }

    private <T> Div section(String id, String titleKey, List<T> items, Function<T, Component> line) {
        Div box = new Div(new H3(getTranslation(titleKey) + " (" + items.size() + ")"));
        box.setId(id);
        box.addClassName("digest-section");
        if (items.isEmpty()) {
            box.add(new Paragraph(getTranslation("digest.none")));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(i -> list.add(new ListItem(line.apply(i))));
            box.add(list);
        }
        return box;
    }

    private Div scheduleForm() {
        DigestSettings s = digests.settings(projectId);
        settingsVersion = s.version(); // saved against what was shown: someone else's change is a conflict
        day.setId("digest-day");
        day.setLabel(getTranslation("digest.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        day.setValue(s.day());
        at.setId("digest-time");
        at.setLabel(getTranslation("digest.time"));
        at.setLocale(getLocale());
        at.setValue(s.at());
        enabled.setId("digest-enabled");
        enabled.setLabel(getTranslation("digest.enabled"));
        enabled.setValue(s.enabled());
        Button save = new Button(getTranslation("action.save"), e -> act(() -> {
            digests.saveSettings(projectId, new DigestSettings(day.getValue(), at.getValue(), enabled.getValue(),
                    settingsVersion));
            settingsVersion = digests.settings(projectId).version();
            Messages.show(getTranslation("digest.saved"), NotificationVariant.LUMO_SUCCESS);
        }));
        save.setId("digest-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button send = new Button(getTranslation("digest.sendNow"), e -> act(() -> Messages.show(
                getTranslation("digest.sent", digests.send(projectId)), NotificationVariant.LUMO_CONTRAST)));
        send.setId("digest-send");
        HorizontalLayout form = new HorizontalLayout(day, at, enabled, save, send);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        Div box = new Div(new H3(getTranslation("digest.schedule")), form);
        box.addClassName("no-print");
        return box;
    }

    private void act(Runnable step) {
        Messages.attempt(this, step);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
