package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.AcceptanceService;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** Deliverables waiting for my acceptance as the A: accept, or reject with a comment (the task reopens). */
@Route("acceptances")
@Menu(order = 25, title = "nav.acceptances", icon = "vaadin:check-square-o")
@PermitAll
class MyAcceptancesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AcceptanceService acceptances;

    MyAcceptancesView(AcceptanceService acceptances) {
        this.acceptances = acceptances;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("nav.acceptances")));
        List<AcceptanceService.Pending> waiting = acceptances.waitingForMe();
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("acceptance.nothingWaiting"));
            none.setId("nothing-to-accept");
            add(none);
        }
        for (AcceptanceService.Pending p : waiting) {
            Div card = new Div();
            card.setId("acceptance-" + p.itemId());
            card.addClassName("acceptance-card");
            card.add(new H3(p.projectName() + " · " + p.itemName()),
                    new Paragraph(getTranslation("acceptance.facts", p.ownerName() == null ? "—" : p.ownerName(),
                            Formats.date(p.finishedOn(), getLocale()), p.deliverables() == null ? "—" : p.deliverables())));
            TextField comment = new TextField(getTranslation("acceptance.comment"));
            comment.setId("acceptance-comment-" + p.itemId());
            comment.setWidth("24rem");
            Button accept = new Button(getTranslation("acceptance.accept"), e -> act(() -> {
                acceptances.accept(p.itemId());
                PlanMessages.show(getTranslation("acceptance.accepted", p.itemName()), NotificationVariant.LUMO_SUCCESS);
            }));
            accept.setId("accept-" + p.itemId());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("acceptance.reject"), e -> act(() -> {
                acceptances.reject(p.itemId(), comment.getValue());
                PlanMessages.show(getTranslation("acceptance.rejected", p.itemName()), NotificationVariant.LUMO_CONTRAST);
            }));
            reject.setId("reject-" + p.itemId());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(comment, accept, reject);
            actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            card.add(actions);
            add(card);
        }
    }

    /** A refusal is said and the comment typed stays; a success reloads the list. */
    private void act(Runnable step) {
        try {
            step.run();
            show();
        } catch (TranslatableException e) {
            PlanMessages.refuse(this, e);
        } catch (AccessDeniedException e) {
            PlanMessages.show(getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.acceptances") + " · " + getTranslation("app.shortName");
    }
}
