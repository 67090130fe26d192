package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ConcurrentEditException;
import com.campaigntracker.plan.DependencyMode;
import com.campaigntracker.plan.EditOutcome;
import com.campaigntracker.plan.Placement;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.security.CurrentUser;
import java.util.List;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.RiskSuggestions;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.shared.ui.AppLinks;
import com.campaigntracker.plan.WorkItemHistoryService;
import com.campaigntracker.plan.ItemDeletionService;
import com.campaigntracker.plan.ItemPlacementService;
import com.campaigntracker.plan.WorkItemEditService;
import com.campaigntracker.plan.excel.PlanExportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A project's plan as an editable tree with every column of the users' table; the toolbar adds,
 * indents, moves and deletes items. Read-only for everyone but the project's manager and admins.
 */
@Route("projects/:projectId/plan")
@PermitAll
class ProjectPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROJECT_ID = "projectId";

    private final transient ProjectService projects;
    private final transient ItemPlacementService placements;
    private final transient WorkItemEditService edits;
    private final transient ItemDeletionService deletions;
    private final transient PeopleService people;
    private final transient PlanExportService exports;
    private final transient WorkItemHistoryService histories;
    private final java.time.ZoneId zone;
    private final transient org.springframework.beans.factory.ObjectProvider<RiskSuggestions> riskSuggestions;
    private final Select<DependencyMode> mode = new Select<>();
    /** The item added last, until it gets a name: then risks seen on similar tasks are offered. */
    private Long justAdded;
    private final transient com.campaigntracker.calendar.WorkingCalendarService calendars;
    private PlanGrid grid;
    private WorkTree tree;
    private long projectId;
    private String title = "";

    ProjectPlanView(ProjectService projects, ItemPlacementService placements, WorkItemEditService edits,
                    ItemDeletionService deletions, PeopleService people,
                    PlanExportService exports, WorkItemHistoryService histories, java.time.Clock clock,
                    org.springframework.beans.factory.ObjectProvider<RiskSuggestions> riskSuggestions,
                    com.campaigntracker.calendar.WorkingCalendarService calendars) {
        this.calendars = calendars;
        this.histories = histories;
        this.riskSuggestions = riskSuggestions;
        this.zone = clock.getZone();
        this.projects = projects;
        this.exports = exports;
        this.placements = placements;
        this.edits = edits;
        this.deletions = deletions;
        this.people = people;
        setSizeFull();
        mode.setId("dependency-mode");
        // the question as the field's label, the answers as its items: the whole sentence never has to fit one box
        mode.setLabel(getTranslation("plan.dependencyMode.label"));
        mode.setItems(DependencyMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("plan.dependencyMode." + m.name()));
        mode.setValue(DependencyMode.REFUSE);
        mode.setTooltipText(getTranslation("dependencyMode.help"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = ProjectPage.id(event);
        justAdded = null;
        reload(null);
    }

    private void reload(Long editNextAfter) {
        removeAll();
        Optional<WorkTree> loaded = ProjectPage.load(this, projectId, projects::workTree, w -> w.project().name(),
                t -> title = t);
        if (loaded.isEmpty()) {
            return;
        }
        tree = loaded.get();
        boolean editable = tree.project().editable();
        grid = new PlanGrid(people.people());
        grid.setEditable(editable);
        grid.setSaveHandler(this::save);
        grid.show(tree.roots());
        add(new ProjectHeader(tree.project(), zone));
        HolidaysHint.of(calendars, tree.project()).ifPresent(this::add);
        HorizontalLayout bar = editable ? toolbar() : new HorizontalLayout(historyButton(), discussionButton());
        bar.addComponentAsFirst(new ProjectNav(projectId, ProjectNav.Page.PLAN));
        bar.add(exportLink());
        if (tree.project().manages() && !tree.roots().isEmpty() && (CurrentUser.hasRole("ADMIN") || CurrentUser.hasRole("MANAGER")
                || CurrentUser.hasRole("HEAD"))) { // those who may open the templates
            Button saveAsTemplate = new Button(getTranslation("plan.saveAsTemplate"), VaadinIcon.COPY_O.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("templates",
                            QueryParameters.of("saveFrom", String.valueOf(projectId)))));
            saveAsTemplate.setId("save-as-template");
            bar.add(saveAsTemplate);
        }
        if (editable && tree.roots().isEmpty()) {
            Button importHere = new Button(getTranslation("import.intoThis"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/import",
                            QueryParameters.of("into", String.valueOf(projectId)))));
            importHere.setId("import-into");
            bar.add(importHere);
        }
        bar.setWrap(true); // the project's views keep their width; the plan's tools go to a second line
        add(bar);
        add(grid);
        if (editNextAfter != null) {
            grid.next(editNextAfter).ifPresent(grid::edit);
        }
    }

    private HorizontalLayout toolbar() {
        MenuBar actions = ComponentTexts.menuBar(new MenuBar());
        actions.setId("plan-actions");
        actions.addItem(getTranslation("plan.addPhase"), e -> add(null, Placement.PHASE)).setId("add-phase");
        actions.addItem(getTranslation("plan.addSibling"), e -> withSelected(r -> add(r, Placement.SIBLING_AFTER)))
                .setId("add-sibling");
        actions.addItem(getTranslation("plan.addChild"), e -> withSelected(r -> add(r, Placement.CHILD)))
                .setId("add-child");
        iconItem(actions, VaadinIcon.ARROW_RIGHT, "plan.action.indent", "plan.indent", "indent",
                r -> change(r, () -> placements.indent(r.id(), r.row.version())));
        iconItem(actions, VaadinIcon.ARROW_LEFT, "plan.action.outdent", "plan.outdent", "outdent",
                r -> change(r, () -> placements.outdent(r.id(), r.row.version())));
        iconItem(actions, VaadinIcon.ARROW_UP, "plan.action.moveUp", "plan.moveUp", "move-up",
                r -> change(r, () -> placements.move(r.id(), r.row.version(), -1)));
        iconItem(actions, VaadinIcon.ARROW_DOWN, "plan.action.moveDown", "plan.moveDown", "move-down",
                r -> change(r, () -> placements.move(r.id(), r.row.version(), 1)));
        iconItem(actions, VaadinIcon.TRASH, "action.delete", "action.delete", "delete", this::confirmDelete);
        iconItem(actions, VaadinIcon.TIME_BACKWARD, "plan.action.history", "plan.history", "history",
                r -> new HistoryDialog(r.row.wbs() + " " + r.row.name(), histories.history(r.id()), zone).open());
        iconItem(actions, VaadinIcon.COMMENTS_O, "plan.action.discussion", "discussion.open", "discussion",
                this::openDiscussion);
        Button editProject = new Button(getTranslation("project.edit"), VaadinIcon.EDIT.create(),
                e -> ProjectDialogs.edit(this, projects, people, tree.project(), () -> reload(null)));
        editProject.setId("edit-project");
        editProject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(actions, mode, editProject);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        bar.setWidthFull();
        bar.setFlexGrow(1, actions);
        return bar;
    }

    /** The selected item's discussion. */
    private void openDiscussion(EditableRow row) {
        getUI().ifPresent(ui -> AppLinks.open(ui, PlanRoutes.taskDiscussion(projectId, row.id())));
    }

    /** For those who read the plan: the selected item's discussion. */
    private Button discussionButton() {
        Button talk = new Button(getTranslation("discussion.open"), VaadinIcon.COMMENTS_O.create(),
                e -> withSelected(this::openDiscussion));
        talk.setId("discussion-button");
        return talk;
    }

    /** For those who read the plan: the history of the selected item. */
    private Button historyButton() {
        Button history = new Button(getTranslation("plan.history"), VaadinIcon.TIME_BACKWARD.create(),
                e -> withSelected(r -> new HistoryDialog(r.row.wbs() + " " + r.row.name(), histories.history(r.id()),
                        zone).open()));
        history.setId("history-button");
        return history;
    }

    /** The plan as the users' Excel table, in the user's language. */
    private Anchor exportLink() {
        boolean english = !"zh".equals(getLocale().getLanguage());
        long id = projectId;
        StreamResource file = new StreamResource(safeFileName(tree.project().name()) + ".xlsx",
                () -> new ByteArrayInputStream(exports.export(id, english)));
        file.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Anchor link = new Anchor(file, "");
        link.getElement().setAttribute("download", true);
        link.add(new Button(getTranslation("plan.export"), VaadinIcon.DOWNLOAD.create()));
        link.setId("export-excel");
        return link;
    }

    private static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    /**
     * An action on the selected row: its icon and a short word (an arrow alone says little, and in the menu's
     * overflow it says nothing), the whole sentence for screen readers and in its tooltip; the sentence
     * holds the word, so what is read names what is seen.
     */
    private void iconItem(MenuBar menu, VaadinIcon icon, String shortKey, String labelKey, String id,
                          Consumer<EditableRow> action) {
        Span content = new Span(icon.create(), new Span(getTranslation(shortKey)));
        content.addClassName("plan-action");
        MenuItem item = menu.addItem(content, e -> withSelected(action));
        item.setId(id);
        item.setAriaLabel(getTranslation(labelKey));
        menu.setTooltipText(item, getTranslation(labelKey));
    }

    private boolean save(EditableRow row) {
        try {
            EditOutcome outcome = edits.update(row.id(), row.row.version(), row.toEdit(), mode.getValue());
            PlanMessages.moved(this, "plan.moved", outcome);
            reload(row.id());
            if (Long.valueOf(row.id()).equals(justAdded)) {
                offerRisks(row.id());
            } else {
                justAdded = null; // another row was edited: the new one keeps its name
            }
            return true;
        } catch (ConcurrentEditException e) {
            PlanMessages.refuse(this, e);
            reload(null);
        } catch (TranslatableException e) { // a plan rule, or a date or text out of bounds
            PlanMessages.refuse(this, e);
            grid.reopen(row);
        }
        return false;
    }

    private void add(EditableRow reference, Placement placement) {
        try {
            long id = placements.addItem(projectId, reference == null ? null : reference.id(), placement,
                    getTranslation(placement == Placement.PHASE ? "plan.newPhase" : "plan.newItem"));
            justAdded = placement == Placement.PHASE ? null : id;
            reload(null);
            grid.find(id).ifPresent(grid::edit);
        } catch (TranslatableException e) { // a plan rule, or a date or text out of bounds
            PlanMessages.refuse(this, e);
        }
    }

    /** Once the new task has a name of its own: the risks finished campaigns saw on tasks like it. */
    private void offerRisks(long itemId) {
        RiskSuggestions library = riskSuggestions.getIfUnique();
        WorkItemRow task = tree.find(itemId).orElse(null);
        if (library == null || task == null || task.name().equals(getTranslation("plan.newItem"))) {
            return;
        }
        justAdded = null;
        if (task.level() != WorkItemLevel.TASK || !task.isLeaf()) {
            return;
        }
        List<RiskSuggestions.Suggestion> found = library.forTask(task.name(), 3);
        if (!found.isEmpty()) {
            RiskSuggestionsDialog dialog = new RiskSuggestionsDialog(library, task, found);
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened() && dialog.addedAny()) {
                    reload(itemId); // the task's risk level; editing goes on with the next row
                }
            });
            dialog.open();
        }
    }

    private void change(EditableRow row, Runnable action) {
        justAdded = null;
        try {
            action.run();
            reload(null);
            grid.find(row.id()).ifPresent(grid::select);
        } catch (ConcurrentEditException e) {
            PlanMessages.refuse(this, e);
            reload(null);
        } catch (TranslatableException e) { // a plan rule, or a date or text out of bounds
            PlanMessages.refuse(this, e);
        }
    }

    private void confirmDelete(EditableRow row) {
        int below = deletions.subtreeSize(row.id()) - 1;
        if (below == 0) {
            change(row, () -> deletions.delete(row.id(), row.row.version()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader(getTranslation("plan.deleteTitle", row.row.name()));
        confirm.setText(getTranslation("plan.deleteWithChildren", row.row.wbs(), row.row.name(), below));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> change(row, () -> deletions.delete(row.id(), row.row.version())));
        confirm.open();
    }

    private void withSelected(Consumer<EditableRow> action) {
        grid.selected().ifPresentOrElse(action,
                () -> PlanMessages.show(getTranslation("plan.selectFirst"), NotificationVariant.LUMO_CONTRAST));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
