package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.people.PersonOption;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The retrospective's form, section by section; read-only once submitted or for anyone who may not edit it. */
class RetrospectiveEditor extends VerticalLayout {

    final MeetingSection meeting = new MeetingSection();
    final RatingsSection ratings = new RatingsSection();
    final KpiActualsSection kpis = new KpiActualsSection();
    final DiscussionSection discussion = new DiscussionSection();
    final ImprovementActionsSection actions = new ImprovementActionsSection();

    RetrospectiveEditor() {
        setPadding(false);
        add(meeting, ratings, kpis, discussion, actions);
    }

    void show(RetrospectiveForm f, List<PersonOption> everyone, boolean editable) {
        meeting.show(f, everyone);
        ratings.show(f);
        kpis.show(f.kpis());
        discussion.show(f);
        actions.show(f.actions(), everyone);
        List.of(meeting, ratings, kpis, discussion, actions).forEach(s -> s.setReadOnly(!editable));
    }

    /** What the fields say now, the KPIs' names and targets taken from what was loaded. */
    RetrospectiveForm read(RetrospectiveForm loaded) {
        return new RetrospectiveForm(meeting.heldOn(), meeting.participantIds(),
                ratings.rating(0), ratings.comment(0), ratings.rating(1), ratings.comment(1),
                ratings.rating(2), ratings.comment(2), kpis.read(loaded.kpis()),
                discussion.wentWell.getValue(), discussion.wentWrong.getValue(), discussion.lessons.getValue(),
                actions.read());
    }
}
