package com.campaigntracker.tracking;

import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslationProvider;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The weekly digest as plain text for chat groups and e-mail, in one language. */
final class DigestText {

    private DigestText() {
    }

    static String render(WeeklyDigest d, Locale locale, TranslationProvider t, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append(t.getTranslation("digest.heading", locale, d.project().name(), Formats.date(d.weekOf(), locale),
                Formats.percent(d.project().percentComplete(), locale))).append('\n');
        if (d.finishSlip() != null && d.finishSlip() > 0) {
            out.append(t.getTranslation("digest.finishSlip", locale, d.finishSlip())).append('\n');
        }
        section(out, t.getTranslation("digest.keyTasks", locale), d.keyTasks(), k -> k.task().wbs() + " "
                + k.task().name() + " " + Formats.percent(k.task().percent(), locale) + " / "
                + t.getTranslation("digest.expected", locale, Formats.percent(k.expected(), locale)) + " · "
                + t.getTranslation(k.task().status().messageKey(), locale), t, locale);
        section(out, t.getTranslation("digest.slipped", locale), d.slipped(), s -> s.wbs() + " " + s.name() + " · "
                + t.getTranslation("item.plannedFinish", locale) + " " + Formats.date(s.plannedFinish(), locale)
                + (s.ownerName() == null ? "" : " · " + s.ownerName()), t, locale);
        section(out, t.getTranslation("digest.blocked", locale), d.blocked(), b -> b.wbs() + " " + b.name()
                + (b.blockedReason() == null ? "" : ": " + b.blockedReason()), t, locale);
        section(out, t.getTranslation("digest.risks", locale), d.openRisks(), r -> "["
                + t.getTranslation("risk." + r.level().name(), locale) + "] " + r.taskName() + ": " + r.description(),
                t, locale);
        section(out, t.getTranslation("digest.overdueUpdates", locale), d.overdueUpdates(), o -> o.wbs() + " "
                + o.name() + (o.ownerName() == null ? "" : " · " + o.ownerName()) + " · "
                + Formats.dateTime(o.update().due(), zone, locale), t, locale);
        section(out, t.getTranslation("digest.milestones", locale), d.nextMilestones(), m -> "◆ " + m.name() + " · "
                + Formats.date(m.plannedFinish(), locale), t, locale);
        return out.toString().strip();
    }

    private static <T> void section(StringBuilder out, String title, List<T> items, Function<T, String> line,
                                    TranslationProvider t, Locale locale) {
        out.append('\n').append(title).append('\n');
        if (items.isEmpty()) {
            out.append("- ").append(t.getTranslation("digest.none", locale)).append('\n');
        }
        items.forEach(i -> out.append("- ").append(line.apply(i)).append('\n'));
    }
}
