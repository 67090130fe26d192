package com.campaigntracker.notify.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.notify.ChannelDetails;
import com.campaigntracker.notify.ChannelKind;
import com.campaigntracker.notify.ChannelLine;
import com.campaigntracker.notify.ChannelService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The project's channels: chat groups (DingTalk, Feishu/Lark, WeCom, generic JSON) and e-mail lists. */
@Route("projects/:projectId/channels")
@PermitAll
public class ProjectChannelsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ChannelService channels;
    private final transient ProjectService projects;
    final Grid<ChannelLine> grid = new Grid<>();
    final ComboBox<ChannelKind> kind = new ComboBox<>();
    final TextField name = new TextField();
    final TextField target = new TextField();
    final PasswordField secret = ComponentTexts.passwordField(new PasswordField());
    final Checkbox enabled = new Checkbox();
    private long projectId;
    private ChannelLine editing;
    private String title = "";

    ProjectChannelsView(ChannelService channels, ProjectService projects) {
        this.channels = channels;
        this.projects = projects;
        grid.setId("channels");
        grid.addColumn(c -> getTranslation("channel.kind." + c.kind().name())).setHeader(getTranslation("channel.kind"))
                .setAutoWidth(true);
        grid.addColumn(ChannelLine::name).setHeader(getTranslation("channel.name")).setAutoWidth(true);
        grid.addColumn(c -> c.kind() == ChannelKind.EMAIL ? c.target() : shortUrl(c.target()))
                .setHeader(getTranslation("channel.target")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.enabled() ? "channel.on" : "channel.off"))
                .setHeader(getTranslation("channel.enabled")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(c));
            edit.setId("edit-channel-" + c.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> act(() -> channels.remove(c.id(), c.version())));
            remove.setId("remove-channel-" + c.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, remove);
        }).setAutoWidth(true);
        kind.setId("channel-kind");
        kind.setLabel(getTranslation("channel.kind"));
        kind.setItems(ChannelKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("channel.kind." + k.name()));
        name.setId("channel-name");
        name.setLabel(getTranslation("channel.name"));
        name.setMaxLength(100);
        target.setId("channel-target");
        target.setLabel(getTranslation("channel.target"));
        target.setWidth("28rem");
        target.setMaxLength(1000);
        secret.setId("channel-secret");
        secret.setLabel(getTranslation("channel.secret"));
        secret.setMaxLength(200);
        enabled.setId("channel-enabled");
        enabled.setLabel(getTranslation("channel.enabled"));
        enabled.setValue(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        projectId = ProjectPage.id(event);
        var tree = ProjectPage.load(this, projectId, projects::workTree, w -> w.project().name(), t -> title = t)
                .orElse(null);
        if (tree == null) {
            return;
        }
        add(new H2(getTranslation("channel.title", title)), new ProjectNav(projectId, ProjectNav.Page.CHANNELS),
                new Paragraph(getTranslation("channel.explain")), grid);
        if (tree.project().editable()) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("channel-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button test = new Button(getTranslation("channel.test"), e -> act(() -> Messages.show(
                    getTranslation("channel.testQueued", channels.test(projectId)), NotificationVariant.LUMO_CONTRAST)));
            test.setId("channel-test");
            HorizontalLayout form = new HorizontalLayout(kind, name, target, secret, enabled, save);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.getStyle().set("flex-wrap", "wrap");
            add(new H3(getTranslation("channel.add")), form, test);
        }
        refresh();
    }

    private void edit(ChannelLine c) {
        editing = c;
        kind.setValue(c.kind());
        name.setValue(c.name());
        target.setValue(c.target());
        secret.clear();
        secret.setPlaceholder(c.hasSecret() ? getTranslation("channel.secretKept") : "");
        enabled.setValue(c.enabled());
    }

    private void save() {
        ChannelDetails details = new ChannelDetails(kind.getValue(), name.getValue(), target.getValue(),
                secret.getValue(), enabled.getValue());
        boolean saved = Messages.attempt(this, () -> { // refused, what was typed stays
            if (editing == null) {
                channels.add(projectId, details);
            } else {
                channels.update(editing.id(), editing.version(), details);
            }
        });
        if (saved) {
            editing = null;
            name.clear();
            target.clear();
            secret.clear();
            secret.setPlaceholder("");
            Messages.show(getTranslation("channel.saved"), NotificationVariant.LUMO_SUCCESS);
            refresh();
        }
    }

    private void act(Runnable step) {
        if (Messages.attempt(this, step)) {
            refresh();
        }
    }

    private void refresh() {
        GridRows.show(grid, channels.of(projectId));
    }

    /** Webhook addresses hold access tokens: the list shows where they go, not the token. */
    private static String shortUrl(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.length() > 48 ? base.substring(0, 48) + "…" : base + (query < 0 ? "" : "?…");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
