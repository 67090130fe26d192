package com.campaigntracker.feeds.ui;

import com.campaigntracker.feeds.FeedLinks;
import com.campaigntracker.feeds.FeedService;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;

/**
 * My calendar feeds: the "my tasks" address and, for a project picked among those I see, its milestones'
 * address, each read-only with a copy button; a reset makes new addresses, and the old ones stop at once.
 */
class FeedsSection extends VerticalLayout {

    private final transient FeedService feeds;
    private final ZoneId zone;
    private final TextField myTasks = new TextField();
    private final Select<FeedLinks.ProjectFeed> project = new Select<>();
    private final TextField projectUrl = new TextField();
    private final Span since = new Span();
    private final Paragraph noProjects = new Paragraph();
    private HorizontalLayout projectRow;

    FeedsSection(FeedService feeds, ZoneId zone) {
        this.feeds = feeds;
        this.zone = zone;
        setId("account-feeds");
        setPadding(false);
        myTasks.setId("feed-my-tasks");
        myTasks.setLabel(getTranslation("account.feeds.myTasks"));
        myTasks.setReadOnly(true);
        myTasks.setWidthFull();
        project.setId("feed-project");
        project.setLabel(getTranslation("account.feeds.project"));
        project.setItemLabelGenerator(FeedLinks.ProjectFeed::projectName); // text, not HTML
        project.setWidth("20rem");
        project.addValueChangeListener(e -> projectUrl.setValue(e.getValue() == null ? "" : e.getValue().url()));
        projectUrl.setId("feed-project-url");
        projectUrl.setReadOnly(true);
        projectUrl.setAriaLabel(getTranslation("account.feeds.project")); // the field has no label of its own
        projectUrl.setWidthFull();
        noProjects.setText(getTranslation("account.feeds.noProjects"));

        Button reset = new Button(getTranslation("account.feeds.reset"), e -> confirmReset());
        reset.setId("feed-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR);

        add(new H3(getTranslation("account.feeds.title")), new Paragraph(getTranslation("account.feeds.help")),
                withCopy(myTasks, "feed-copy-my-tasks"), project, noProjects,
                projectRow = withCopy(projectUrl, "feed-copy-project"), since, reset);
        show(feeds.myLinks());
    }

    private HorizontalLayout withCopy(TextField field, String id) {
        Button copy = new Button(getTranslation("account.feeds.copy"), VaadinIcon.COPY.create(), e -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", field.getValue());
            Messages.show(getTranslation("account.feeds.copied"), NotificationVariant.LUMO_SUCCESS);
        });
        copy.setId(id);
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return row;
    }

    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("account.feeds.reset"),
                getTranslation("account.feeds.resetConfirm"), getTranslation("account.feeds.reset"), e -> {
                    show(feeds.resetMine());
                    Messages.show(getTranslation("account.feeds.resetDone"), NotificationVariant.LUMO_SUCCESS);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void show(FeedLinks links) {
        myTasks.setValue(links.myTasks());
        Long picked = project.getValue() == null ? null : project.getValue().projectId();
        project.setItems(links.projects());
        project.setVisible(!links.projects().isEmpty());
        projectRow.setVisible(!links.projects().isEmpty());
        noProjects.setVisible(links.projects().isEmpty());
        links.projects().stream().filter(p -> picked == null || p.projectId() == picked).findFirst()
                .ifPresentOrElse(project::setValue, () -> projectUrl.setValue(""));
        since.setText(getTranslation("account.feeds.since", Formats.dateTime(links.since(), zone, getLocale())));
    }
}
