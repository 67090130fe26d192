package com.campaigntracker.people.ui;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditEntry;
import com.campaigntracker.shared.audit.AuditKind;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The administrators' audit log (M7): who did what to whom, when, before → after and why, newest first;
 * filtered by a person (who acted, or whose account was changed), a kind and a period. Times are in the
 * organisation's zone. Everything is shown as text: subjects and reasons are what people typed.
 */
@Route("admin/audit")
@Menu(order = 99, title = "nav.audit", icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** At most this many lines; a note says when there were more (narrow the filters to see them). */
    static final int LIMIT = 500;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final transient AdminAuditLog audit;
    private final transient PeopleService people;
    private final ZoneId zone;
    final ComboBox<Person> person = new ComboBox<>();
    final ComboBox<AuditKind> kind = new ComboBox<>();
    final DatePicker from = ComponentTexts.datePicker(new DatePicker());
    final DatePicker to = ComponentTexts.datePicker(new DatePicker());
    final Grid<AuditEntry> grid = new Grid<>();
    final Paragraph cut = new Paragraph();

    AuditLogView(AdminAuditLog audit, PeopleService people, Clock clock) {
        this.audit = audit;
        this.people = people;
        this.zone = clock.getZone();
        setSizeFull();
        person.setId("audit-person");
        person.setLabel(getTranslation("audit.person"));
        person.setItemLabelGenerator(p -> p.getDisplayName() + " (" + p.getUsername() + ")");
        person.setClearButtonVisible(true);
        kind.setId("audit-kind");
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setClearButtonVisible(true);
        for (DatePicker d : List.of(from, to)) {
            d.setMin(EARLIEST);
            d.setMax(LATEST);
            d.setClearButtonVisible(true);
        }
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        person.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> Formats.dateTime(a.at(), zone, getLocale())).setHeader(getTranslation("audit.when"))
                .setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.who")).setKey("who").setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.kind().key())).setHeader(getTranslation("audit.kind")).setKey("kind")
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject")).setKey("subject");
        grid.addColumn(AuditLogView::change).setHeader(getTranslation("audit.change")).setKey("change").setFlexGrow(2);
        grid.addColumn(a -> a.reason() == null ? "" : a.reason()).setHeader(getTranslation("audit.reason"))
                .setKey("reason").setFlexGrow(2);
        cut.setId("audit-cut");
        cut.setVisible(false);
        HorizontalLayout filters = new HorizontalLayout(person, kind, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("nav.audit")), filters, cut, grid);
        setFlexGrow(1, grid);
    }

    /** Loaded on every entry: people may have been added since. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        person.setItems(people.accounts().stream().sorted(Comparator.comparing(Person::getDisplayName)).toList());
        refresh();
    }

    void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            grid.setItems(List.of());
            cut.setText(getTranslation("audit.periodReversed"));
            cut.setVisible(true);
            return;
        }
        List<AuditEntry> found = audit.search(person.getValue() == null ? null : person.getValue().getId(),
                kind.getValue(), start, end, LIMIT + 1);
        cut.setVisible(found.size() > LIMIT);
        cut.setText(getTranslation("audit.cut", LIMIT));
        grid.setItems(found.size() > LIMIT ? found.subList(0, LIMIT) : found);
    }

    /** "role: MEMBER → role: MANAGER"; one side alone when the other is empty. */
    static String change(AuditEntry a) {
        boolean before = a.before() != null && !a.before().isBlank();
        boolean after = a.after() != null && !a.after().isBlank();
        return before && after ? a.before() + " → " + a.after() : before ? a.before() + " → —" : after ? a.after() : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
