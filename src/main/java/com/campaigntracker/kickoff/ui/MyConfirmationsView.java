package com.campaigntracker.kickoff.ui;

import com.campaigntracker.kickoff.Kickoff;
import com.campaigntracker.kickoff.KickoffService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The kickoff confirmations waiting for me (R7, in-app): one line per project, a click to answer. */
@Route("confirmations")
@Menu(order = 20, title = "nav.confirmations", icon = "vaadin:handshake")
@PermitAll
class MyConfirmationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient KickoffService kickoffs;

    MyConfirmationsView(KickoffService kickoffs) {
        this.kickoffs = kickoffs;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("nav.confirmations")));
        List<Kickoff> waiting = kickoffs.waitingForMe();
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("kickoff.nothingWaiting"));
            none.setId("nothing-waiting");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("waiting-confirmations");
        for (Kickoff k : waiting) {
            Anchor link = new Anchor("projects/" + k.projectId() + "/kickoff",
                    getTranslation("kickoff.waitingFor", k.projectName(), k.publication()));
            link.getElement().setAttribute("router-link", true);
            list.add(new ListItem(link));
        }
        add(new Paragraph(getTranslation("kickoff.waitingExplain")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.confirmations") + " · " + getTranslation("app.shortName");
    }
}
