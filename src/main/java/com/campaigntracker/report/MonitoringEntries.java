package com.campaigntracker.report;

import static com.campaigntracker.report.ReportText.entry;

import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.tracking.RiskLine;
import com.campaigntracker.warning.EscalationLine;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.RemedialMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The report's monitoring sections in words: deviations explained (or owed), escalations, risk points. */
final class MonitoringEntries {

    private MonitoringEntries() {
    }

    /**
     * Each deviation: cause, impact, measures (owners by name), proposed dates and the decision, then what
     * was said and delivered on the task while it was open.
     */
    static List<Map<String, Object>> deviations(List<ExplanationLine> explained, Map<Long, String> names,
                                                ReportText words, DeviationTrail trail) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ExplanationLine e : explained) {
            String heading = e.taskName() + " · " + (e.kind() == null ? "" : words.t(e.kind().messageKey())) + " · "
                    + words.t(e.state().messageKey()) + (e.late() ? " · " + words.t("explanation.lateMark") : "");
            List<String> text = new ArrayList<>();
            if (e.submittedAt() == null) {
                text.add(words.t("report.deviation.notGiven", Formats.dateTime(e.dueAt(), words.zone(), words.locale())));
            } else {
                text.add(words.t("report.deviation.cause", words.t("explanation.cause." + e.causeType().name()), e.cause()));
                if (e.ownerAssessment() != null) {
                    text.add(words.t("report.deviation.impact", e.ownerAssessment()));
                }
                for (RemedialMeasure m : e.measures()) {
                    text.add(words.t("report.deviation.measure", m.getDescription(),
                            m.getOwnerId() == null ? "—" : names.getOrDefault(m.getOwnerId(), "—"),
                            m.getDueOn() == null ? "—" : Formats.date(m.getDueOn(), words.locale())));
                }
                if (e.proposedStart() != null) {
                    text.add(words.t("report.deviation.proposed", Formats.date(e.proposedStart(), words.locale()) + " – "
                            + Formats.date(e.proposedFinish(), words.locale())));
                }
                if (e.outcome() != null) {
                    text.add(words.t("report.deviation.decision", words.t(e.state().messageKey()),
                            Objects.toString(e.decisionComment(), "—"), e.revisionNumber() == null ? "—"
                                    : String.valueOf(e.revisionNumber())));
                }
            }
            text.addAll(trail.of(e.workItemId(), e.requestedAt(), e.decidedAt()));
            list.add(entry(heading, String.join("\n", text)));
        }
        return list;
    }

    /** Each escalation: how far it slipped, its note, and the head's decision or that it is still open. */
    static List<Map<String, Object>> escalations(List<EscalationLine> raised, ReportText words) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (EscalationLine e : raised) {
            String heading = e.taskName() + " · " + words.t(e.reason().messageKey()) + " · "
                    + Formats.dateTime(e.raisedAt(), words.zone(), words.locale());
            List<String> text = new ArrayList<>();
            if (e.finishSlip() > 0) {
                text.add(words.t("escalation.slip", e.finishSlip()));
            }
            if (e.milestones() != null) {
                text.add(words.t("escalation.milestones", e.milestones()));
            }
            if (e.note() != null) {
                text.add(e.note());
            }
            text.add(e.open() ? words.t("report.escalation.open", Objects.toString(e.headName(), "—"))
                    : words.t("report.escalation.decided", words.t(e.decisionType().messageKey()), e.decision(),
                    Objects.toString(e.decidedByName(), "—"), Formats.dateTime(e.decidedAt(), words.zone(), words.locale()))
                    + (e.late() ? " · " + words.t("report.escalation.late") : ""));
            list.add(entry(heading, String.join("\n", text)));
        }
        return list;
    }

    static Map<String, Object> risk(RiskLine r, ReportText words) {
        return entry(r.taskWbs() + " " + r.taskName() + " · " + words.t("risk." + r.level().name()) + " · "
                        + words.t("risk.status." + r.status().name()),
                r.description() + (r.mitigation() == null ? "" : "\n" + words.t("report.risk.mitigation",
                        r.mitigation())) + (r.ownerName() == null ? "" : "\n" + words.t("report.risk.owner",
                        r.ownerName())));
    }
}
