package com.campaigntracker.report;

import static com.campaigntracker.report.ReportText.entry;

import com.campaigntracker.closing.ImprovementAction;
import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.closing.RetrospectivePage;
import com.campaigntracker.shared.i18n.Formats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The report's retrospective sections in words: the meeting, ratings and discussion; the improvement actions. */
final class RetrospectiveEntries {

    private RetrospectiveEntries() {
    }

    /** Names are looked up only for the people shown: the participants once a meeting date is given. */
    static List<Map<String, Object>> of(RetrospectivePage r, Function<Collection<Long>, Map<Long, String>> names,
                                        ReportText words) {
        RetrospectiveForm f = r.form();
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(entry(words.t(r.submitted() ? "report.retro.version" : "report.retro.draft", r.number()),
                f.heldOn() == null ? null : words.t("report.retro.heldOn", Formats.date(f.heldOn(), words.locale()),
                        String.join(words.t("list.separator"), names.apply(f.participantIds()).values()))));
        list.add(rating(words, "progress", f.progressRating(), f.progressComment()));
        list.add(rating(words, "risk", f.riskRating(), f.riskComment()));
        list.add(rating(words, "responsibility", f.responsibilityRating(), f.responsibilityComment()));
        if (f.wentWell() != null) {
            list.add(entry(words.t("retrospective.wentWell"), f.wentWell()));
        }
        if (f.wentWrong() != null) {
            list.add(entry(words.t("retrospective.wentWrong"), f.wentWrong()));
        }
        if (f.lessons() != null) {
            list.add(entry(words.t("retrospective.lessons"), f.lessons()));
        }
        return list;
    }

    private static Map<String, Object> rating(ReportText words, String key, Integer value, String comment) {
        return entry(words.t("report.labelValue", words.t("retrospective.rating." + key),
                value == null ? "—" : value + " / 5"), comment);
    }

    static List<Map<String, Object>> actions(RetrospectiveForm f, Function<Collection<Long>, Map<Long, String>> names,
                                             ReportText words) {
        Map<Long, String> owners = names.apply(f.actions().stream().map(ImprovementAction::ownerId)
                .filter(Objects::nonNull).toList());
        return f.actions().stream().map(a -> entry(a.description(), words.t("report.action",
                a.ownerId() == null ? "—" : owners.getOrDefault(a.ownerId(), "—"),
                a.dueOn() == null ? "—" : Formats.date(a.dueOn(), words.locale())))).toList();
    }
}
