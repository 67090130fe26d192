package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.ui.PercentBar;
import com.campaigntracker.shared.ui.StatusBadge;
import com.campaigntracker.plan.EmergencyBuffer;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.text.NumberFormat;

/** Name, goal, KPIs and the facts a manager looks at first: who, when, how far. */
class ProjectHeader extends Div {

    ProjectHeader(ProjectSummary project, java.time.ZoneId zone) {
        addClassName("project-header");
        H2 name = new H2(project.name());
        name.setId("project-name");
        add(name);
        if (project.goal() != null) {
            add(new Paragraph(getTranslation("project.goal") + ": " + project.goal()));
        }
        FlexLayout facts = new FlexLayout();
        facts.addClassName("project-facts");
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.add(fact("project.manager", project.managerName()));
        if (project.departmentName() != null) {
            facts.add(fact("project.department", project.departmentName()));
        }
        facts.add(fact("project.start", Formats.date(project.start(), getLocale())),
                fact("project.finish", Formats.date(project.finish(), getLocale())),
                fact("project.status", getTranslation("projectStatus." + project.status().name())));
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        for (ProjectSummary.Kpi kpi : project.kpis()) {
            String unit = kpi.unit() == null ? "" : " " + kpi.unit();
            facts.add(fact("project.kpi", kpi.name() + " ≥ " + number.format(kpi.target()) + unit));
        }
        if (project.emergencyBuffer() != null) {
            EmergencyBuffer buffer = project.emergencyBuffer();
            Div bufferFact = fact("project.buffer", buffer.overrun()
                    ? getTranslation("project.bufferOverrun", buffer.usedDays() - buffer.days())
                    : getTranslation("project.bufferUsed", buffer.usedDays(), buffer.days(), buffer.percentUsed()));
            bufferFact.setId("emergency-buffer");
            bufferFact.addClassName(buffer.overrun() ? "buffer-overrun" : buffer.percentUsed() >= 50 ? "buffer-low" : "buffer-ok");
            if (!buffer.overrun() && buffer.percentUsed() >= 50) { // the orange says "running low": so do words
                bufferFact.setTitle(getTranslation("project.bufferLow"));
                Span spoken = new Span(" " + getTranslation("project.bufferLow"));
                spoken.addClassName("sr-only");
                bufferFact.add(spoken);
            }
            facts.add(bufferFact);
        }
        if (project.hintCount() > 0) {
            Div hints = fact("plan.hintsTitle", getTranslation("project.hints", project.hintCount()));
            hints.setId("hint-count");
            hints.setTitle(getTranslation("project.hintsHelp"));
            facts.add(hints);
        }
        Div progress = new Div(new StatusBadge(project.progressStatus()), new PercentBar(project.percentComplete()));
        progress.addClassName("project-progress");
        facts.add(progress);
        add(facts);
        add(new com.campaigntracker.shared.ui.RecordBanner(project.status().name(), project.closedAt(),
                project.reopenedAt(), project.reopenedByName(), project.reopenReason(), zone));
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, new Span(value == null ? "" : value));
        fact.addClassName("fact");
        return fact;
    }
}
