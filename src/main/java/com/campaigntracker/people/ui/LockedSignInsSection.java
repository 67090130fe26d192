package com.campaigntracker.people.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.people.SignInThrottle;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;

/**
 * Sign-ins locked after repeated failures (M3), on the People page: which account name or address,
 * how many failures, until when; an administrator lifts a lock at once (audited as ACCOUNT_UNLOCKED).
 */
class LockedSignInsSection extends VerticalLayout {

    private final transient SignInThrottle throttle;
    private final ZoneId zone;
    private final Grid<SignInThrottle.Lock> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    LockedSignInsSection(SignInThrottle throttle, ZoneId zone) {
        this.throttle = throttle;
        this.zone = zone;
        setId("locked-sign-ins");
        setPadding(false);
        grid.setId("locks-grid");
        grid.addColumn(l -> getTranslation(l.kind() == SignInThrottle.Kind.ACCOUNT ? "people.locks.account"
                : "people.locks.address")).setHeader(getTranslation("people.locks.kind")).setAutoWidth(true);
        grid.addColumn(SignInThrottle.Lock::name).setHeader(getTranslation("people.locks.name")).setAutoWidth(true);
        grid.addColumn(SignInThrottle.Lock::failures).setHeader(getTranslation("people.locks.failures")).setAutoWidth(true);
        grid.addColumn(l -> Formats.dateTime(l.lastFailure(), zone, getLocale()))
                .setHeader(getTranslation("people.locks.lastFailure")).setAutoWidth(true);
        grid.addColumn(l -> Formats.dateTime(l.lockedUntil(), zone, getLocale()))
                .setHeader(getTranslation("people.locks.until")).setAutoWidth(true);
        grid.addComponentColumn(l -> {
            Button unlock = new Button(getTranslation("people.locks.unlock"), e -> unlock(l));
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unlock.setId("unlock-" + l.kind().name().toLowerCase() + "-" + l.name().replaceAll("[^A-Za-z0-9_-]", "_"));
            return unlock;
        }).setKey("unlock").setAutoWidth(true);
        none.setText(getTranslation("people.locks.none"));
        add(new H3(getTranslation("people.locks.title")), none, grid);
    }

    void refresh() {
        var locks = throttle.locks();
        GridRows.show(grid, locks);
        grid.setVisible(!locks.isEmpty());
        none.setVisible(locks.isEmpty());
    }

    private void unlock(SignInThrottle.Lock lock) {
        if (Messages.attempt(this, () -> throttle.unlock(lock.kind(), lock.name()))) {
            Messages.show(getTranslation("people.locks.unlocked", lock.name()), NotificationVariant.LUMO_SUCCESS);
        }
        refresh();
    }
}
