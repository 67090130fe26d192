package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.campaigntracker.shared.ui.Messages;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import com.campaigntracker.plan.EditOutcome;

/** Plan refusals and results as the user reads them: translated, dates in their locale. */
final class PlanMessages {

    private PlanMessages() {
    }

    static String text(Component c, TranslatableException e) {
        return Messages.text(c, e);
    }

    /** At most this many moved items are named; the rest are counted. */
    static final int MOVED_SHOWN = 10;

    /** "Moved …" with the first items and their new dates in the user's locale, or nothing when none moved. */
    static void moved(Component c, String messageKey, EditOutcome outcome) {
        if (outcome == null || outcome.moved().isEmpty()) {
            return;
        }
        Locale locale = UI.getCurrent().getLocale();
        StringBuilder lines = new StringBuilder();
        outcome.moved().stream().limit(MOVED_SHOWN).forEach(m -> lines.append(lines.isEmpty() ? "" : "\n")
                .append(m.wbs()).append(' ').append(m.name()).append(": ").append(Formats.date(m.start(), locale))
                .append(" – ").append(Formats.date(m.finish(), locale)));
        if (outcome.moved().size() > MOVED_SHOWN) {
            lines.append("\n").append(c.getTranslation("plan.movedMore", outcome.moved().size() - MOVED_SHOWN));
        }
        show(c.getTranslation(messageKey, lines.toString()), NotificationVariant.LUMO_CONTRAST);
    }

    static void refuse(Component c, TranslatableException e) {
        Messages.refuse(c, e);
    }

    static void show(String text, NotificationVariant variant) {
        Messages.show(text, variant);
    }
}
