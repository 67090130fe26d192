package com.campaigntracker.kickoff.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.kickoff.Kickoff;
import com.campaigntracker.kickoff.KickoffService;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The kickoff (R7): the manager sees what blocks publication, publishes, follows who confirmed or
 * objected and may override with a reason; each participant sees their part and confirms or objects.
 */
@Route("projects/:projectId/kickoff")
@PermitAll
class KickoffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient KickoffService kickoffs;
    private final transient Clock clock;
    private long projectId;
    private String title = "";

    KickoffView(KickoffService kickoffs, Clock clock) {
        this.kickoffs = kickoffs;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = ProjectPage.id(event);
        show();
    }

    private void show() {
        removeAll();
        Optional<Kickoff> loaded = ProjectPage.load(this, projectId, kickoffs::kickoff, Kickoff::projectName,
                t -> title = t);
        if (loaded.isEmpty()) {
            return;
        }
        Kickoff k = loaded.get();
        add(new H2(k.projectName()), new ProjectNav(projectId, ProjectNav.Page.KICKOFF));
        Paragraph status = new Paragraph(k.active() ? getTranslation("kickoff.active")
                : k.publication() == 0 ? getTranslation("kickoff.notPublished")
                : getTranslation("kickoff.published", k.publication()));
        status.setId("kickoff-status");
        add(status);
        k.override().ifPresent(o -> add(new Paragraph(getTranslation("kickoff.overridden", o.by(), when(o.when()),
                o.reason()))));
        k.me().ifPresent(me -> add(myPart(k, me)));
        if (k.manager()) {
            add(checklist(k), participants(k));
        }
    }

    /** Before the first publication nobody was asked, and nothing "changed since" either. */
    private String stateText(Kickoff k, Kickoff.Participant p) {
        return getTranslation(k.publication() == 0 ? "kickoff.state.NOT_PUBLISHED" : "kickoff.state." + p.state().name());
    }

    private Div myPart(Kickoff k, Kickoff.Participant me) {
        Div box = new Div(new H3(getTranslation("kickoff.myPart")));
        box.setId("my-part");
        Pre part = new Pre(me.state() == Kickoff.State.NOT_ASKED || me.asked() == null ? me.roles() : me.asked());
        part.addClassName("kickoff-part");
        box.add(part, new Paragraph(stateText(k, me)));
        if (me.state() != Kickoff.State.NOT_ASKED) {
            TextArea comment = new TextArea(getTranslation("kickoff.comment"));
            comment.setId("kickoff-comment");
            comment.setWidthFull();
            Button confirm = new Button(getTranslation("kickoff.confirm"), e -> answer(true, comment));
            confirm.setId("kickoff-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button object = new Button(getTranslation("kickoff.object"), e -> answer(false, comment));
            object.setId("kickoff-object");
            object.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(comment, new HorizontalLayout(confirm, object));
        }
        if (!me.answers().isEmpty()) {
            UnorderedList history = new UnorderedList();
            history.setId("my-answers");
            me.answers().forEach(a -> history.add(new ListItem(answerText(a))));
            box.add(new H3(getTranslation("kickoff.myAnswers")), history);
        }
        return box;
    }

    private Div checklist(Kickoff k) {
        Div box = new Div(new H3(getTranslation("kickoff.checklist")));
        if (k.blockers().isEmpty()) {
            box.add(new Paragraph(getTranslation("kickoff.ready")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("kickoff-blockers");
            k.blockers().forEach(b -> list.add(new ListItem((b.wbs() + " " + b.name()).strip()
                    + (b.wbs().isEmpty() ? "" : ": ") + getTranslation(b.key()))));
            box.add(list);
        }
        Button publish = new Button(getTranslation(k.publication() == 0 ? "kickoff.publish" : "kickoff.republish"),
                e -> act(() -> {
                    int number = kickoffs.publish(projectId);
                    Messages.show(getTranslation("kickoff.publishedNow", number), NotificationVariant.LUMO_SUCCESS);
                }));
        publish.setId("kickoff-publish");
        publish.setEnabled(k.blockers().isEmpty() && !k.active());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button override = new Button(getTranslation("kickoff.override"), e -> overrideDialog());
        override.setId("kickoff-override");
        override.setEnabled(k.canOverride()); // the service's condition, shown
        box.add(new HorizontalLayout(publish, override));
        return box;
    }

    private Grid<Kickoff.Participant> participants(Kickoff k) {
        Grid<Kickoff.Participant> grid = new Grid<>();
        grid.setId("kickoff-participants");
        grid.addColumn(Kickoff.Participant::name).setHeader(getTranslation("kickoff.participant")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Span state = new Span(stateText(k, p));
            state.addClassName("kickoff-" + p.state().name().toLowerCase());
            return state;
        }).setHeader(getTranslation("kickoff.answer")).setAutoWidth(true);
        grid.addColumn(p -> p.answers().isEmpty() ? "" : answerText(p.answers().get(0)))
                .setHeader(getTranslation("kickoff.lastAnswer")).setFlexGrow(1);
        grid.addColumn(p -> p.roles().replace('\n', ';')).setHeader(getTranslation("kickoff.part")).setFlexGrow(2);
        GridRows.show(grid, k.participants());
        return grid;
    }

    private String answerText(Kickoff.AnswerInfo a) {
        return when(a.when()) + " · " + getTranslation(a.confirmed() ? "kickoff.confirmed" : "kickoff.objected")
                + (a.comment() == null ? "" : " · " + a.comment()) + " · " + getTranslation("kickoff.atPublication",
                a.publication());
    }

    private String when(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone()).format(instant);
    }

    private void answer(boolean confirm, TextArea comment) {
        act(() -> {
            kickoffs.answer(projectId, confirm, comment.getValue());
            Messages.show(getTranslation(confirm ? "kickoff.thanksConfirmed" : "kickoff.thanksObjected"),
                    NotificationVariant.LUMO_SUCCESS);
        });
    }

    private void overrideDialog() {
        TextArea reason = new TextArea(getTranslation("kickoff.reason"));
        reason.setId("kickoff-reason");
        reason.setWidth("30rem");
        Dialog dialog = new Dialog(new Paragraph(getTranslation("kickoff.overrideExplain")), reason);
        dialog.setHeaderTitle(getTranslation("kickoff.override"));
        Button ok = new Button(getTranslation("kickoff.overrideConfirm"), e -> act(() -> {
            kickoffs.override(projectId, reason.getValue());
            dialog.close();
        }));
        ok.setId("kickoff-override-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Runs a step; a refusal is said in the user's language and what they typed stays. */
    private void act(Runnable step) {
        try {
            step.run();
            show();
        } catch (TranslatableException e) {
            Messages.show(getTranslation(e.messageKey(), e.args()), NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException e) {
            Messages.show(getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
    }


    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
