package com.campaigntracker.api.ui;

import com.campaigntracker.api.ApiTokenLine;
import com.campaigntracker.api.ApiTokenService;
import com.campaigntracker.api.CreatedToken;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * My API tokens: create one (a name and 30, 90 or 365 days), see it once in a field to copy, list them with
 * when they were created, last used and expire, and revoke one. Names are plain text, never HTML.
 */
class ApiTokensSection extends VerticalLayout {

    static final List<Integer> LIFETIMES = List.of(30, 90, ApiTokenService.MAX_DAYS);

    private final transient ApiTokenService tokens;
    private final ZoneId zone;
    private final TextField name = new TextField();
    private final Select<Integer> lifetime = new Select<>();
    private final TextField created = new TextField();
    private final Paragraph createdNote = new Paragraph();
    private final Grid<ApiTokenLine> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    ApiTokensSection(ApiTokenService tokens, ZoneId zone) {
        this.tokens = tokens;
        this.zone = zone;
        setPadding(false);
        setId("api-tokens");
        name.setLabel(getTranslation("api.token.name"));
        name.setId("api-token-name");
        name.setMaxLength(80);
        name.setWidth("16rem");
        lifetime.setLabel(getTranslation("api.token.lifetime"));
        lifetime.setId("api-token-lifetime");
        lifetime.setItems(LIFETIMES);
        lifetime.setItemLabelGenerator(d -> getTranslation("api.token.days", d));
        lifetime.setValue(90);
        Button create = new Button(getTranslation("api.token.create"), e -> create());
        create.setId("api-token-create");
        HorizontalLayout form = new HorizontalLayout(name, lifetime, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        created.setLabel(getTranslation("api.token.copyLabel"));
        created.setId("api-token-new");
        created.setReadOnly(true);
        created.setWidthFull();
        created.setVisible(false);
        createdNote.setVisible(false);
        createdNote.setText(getTranslation("api.token.created"));

        grid.setId("api-token-list");
        grid.addColumn(ApiTokenLine::name).setHeader(getTranslation("api.token.list.name")).setFlexGrow(2);
        grid.addColumn(ApiTokenLine::prefix).setHeader(getTranslation("api.token.list.prefix"));
        grid.addColumn(t -> at(t.createdAt())).setHeader(getTranslation("api.token.list.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api.token.never") : at(t.lastUsedAt()))
                .setHeader(getTranslation("api.token.list.lastUsed"));
        grid.addColumn(t -> at(t.expiresAt())).setHeader(getTranslation("api.token.list.expires"));
        grid.addColumn(this::state).setHeader(getTranslation("api.token.list.state"));
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("api.token.none"));

        add(new H3(getTranslation("api.token.title")), new Paragraph(getTranslation("api.token.help")), form,
                createdNote, created, grid, none);
        refresh();
    }

    private void create() {
        Integer days = lifetime.getValue();
        CreatedToken[] made = new CreatedToken[1];
        if (!Messages.attempt(this, () -> made[0] = tokens.create(name.getValue(), days == null ? 0 : days))) {
            return;
        }
        created.setValue(made[0].token()); // the only time it is ever shown
        created.setVisible(true);
        createdNote.setVisible(true);
        name.clear();
        refresh();
    }

    private Button revokeButton(ApiTokenLine t) {
        Button revoke = new Button(getTranslation("api.token.revoke"), e -> {
            if (Messages.attempt(this, () -> tokens.revoke(t.id()))) {
                Messages.show(getTranslation("api.token.revoked"), NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setId("api-token-revoke-" + t.id());
        revoke.setVisible(t.revokedAt() == null);
        return revoke;
    }

    private String state(ApiTokenLine t) {
        return getTranslation(t.revokedAt() != null ? "api.token.state.revoked"
                : t.active() ? "api.token.state.active" : "api.token.state.expired");
    }

    private String at(Instant instant) {
        return Formats.dateTime(instant, zone, getLocale());
    }

    private void refresh() {
        List<ApiTokenLine> mine = tokens.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }
}
