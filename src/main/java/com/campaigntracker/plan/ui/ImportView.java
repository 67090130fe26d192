package com.campaigntracker.plan.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.plan.excel.ImportOptions;
import com.campaigntracker.plan.excel.ImportPreview;
import com.campaigntracker.plan.excel.ImportRefusedException;
import com.campaigntracker.plan.excel.PlanImportService;
import com.campaigntracker.plan.excel.ProgressTableColumn;
import com.campaigntracker.plan.excel.ProgressTableFormatException;
import com.campaigntracker.plan.excel.ProgressTableReader;
import com.campaigntracker.plan.excel.ProgressTableRow;
import com.campaigntracker.plan.excel.TableProblem;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Imports the users' Excel table: upload, a preview with every problem by row and column and every
 * column with what it is read as (the manager may change any, and choose the sheet), then all rows or
 * none, read as previewed, into a new project (named in the preview) or, with {@code ?into=<id>}, an
 * empty one.
 */
@Route("projects/import")
@Menu(order = 2, title = "nav.import", icon = "vaadin:upload")
@RolesAllowed({"ADMIN", "MANAGER"})
class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PlanImportService imports;
    // counted on the server while it arrives, into a temporary file: the browser's limit is only a hint
    private final Upload upload = ComponentTexts.upload(new Upload(new BoundedUploadHandler(ProgressTableReader.MAX_BYTES,
            this::preview, name -> PlanMessages.show(getTranslation("import.file.rejected",
                    ProgressTableReader.MAX_BYTES / 1024 / 1024), NotificationVariant.LUMO_ERROR))));
    private final TextField projectName = new TextField();
    private final Button importButton = new Button();
    private final Paragraph summary = new Paragraph();
    private final Grid<TableProblem> problems = new Grid<>();
    private final Grid<ProgressTableRow> rows = new Grid<>();
    private final Select<Integer> sheet = new Select<>();
    private final Paragraph tree = new Paragraph();
    private final ImportColumnsSection columns = new ImportColumnsSection(this::choose);
    private byte[] file;
    private String fileName = "plan.xlsx";
    private Long intoProject;
    /** How the file on screen is read: what the preview showed is what the import takes. */
    private ImportOptions options = ImportOptions.byDefault();
    private ImportPreview shown;
    final Paragraph notes = new Paragraph();

    ImportView(PlanImportService imports) {
        this.imports = imports;
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.explain")));
        upload.setId("import-upload");
        // the users' Excel table, or a plan from Microsoft Project (MSPDI XML, .mpp)
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".xls", "application/vnd.ms-excel", ".csv", "text/csv", ".xml", ".mpp", "application/vnd.ms-project",
                "application/xml", "text/xml");
        upload.setMaxFileSize(ProgressTableReader.MAX_BYTES);
        upload.setMaxFiles(1); // one buffer, one file name: never a name paired with another file's bytes
        upload.addFileRejectedListener(e -> PlanMessages.show(getTranslation("import.file.rejected",
                ProgressTableReader.MAX_BYTES / 1024 / 1024), NotificationVariant.LUMO_ERROR));

        projectName.setId("import-project-name");
        projectName.setLabel(getTranslation("import.projectName"));
        projectName.setWidth("24em");
        importButton.setText(getTranslation("import.action"));
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> runImport());
        summary.setId("import-summary");
        tree.setId("import-tree");
        sheet.setId("import-sheet");
        sheet.setLabel(getTranslation("import.sheet"));
        sheet.addValueChangeListener(e -> {
            if (e.getValue() != null && shown != null && e.getValue() != shown.options().sheetIndex()) {
                read(file, fileName, options.withSheet(e.getValue()));
            }
        });

        problems.setId("import-problems");
        problems.addColumn(TableProblem::rowNumber).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(TableProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(TableProblem::value).setHeader(getTranslation("import.value")).setAutoWidth(true);
        problems.addColumn(this::message).setHeader(getTranslation("import.problem")).setFlexGrow(3);

        rows.setId("import-rows");
        rows.addColumn(ProgressTableRow::rowNumber).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> getTranslation("level." + r.level().name())).setHeader(getTranslation("item.level")).setAutoWidth(true);
        rows.addColumn(ProgressTableRow::name).setHeader(getTranslation("item.name"));
        rows.addColumn(ProgressTableRow::ownerName).setHeader(getTranslation("item.owner")).setAutoWidth(true);
        rows.addColumn(r -> Formats.date(r.plannedStart(), getLocale())).setHeader(getTranslation("item.plannedStart")).setAutoWidth(true);
        rows.addColumn(r -> Formats.date(r.plannedFinish(), getLocale())).setHeader(getTranslation("item.plannedFinish")).setAutoWidth(true);
        rows.addColumn(ProgressTableRow::deliverables).setHeader(getTranslation("item.deliverables"));
        rows.addColumn(ProgressTableRow::predecessors).setHeader(getTranslation("item.predecessors")).setAutoWidth(true);

        add(upload, sheet, summary, tree, notes, projectName, importButton, problems, columns,
                new H3(getTranslation("import.rows")), rows);
        show(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        intoProject = event.getLocation().getQueryParameters().getSingleParameter("into").map(Long::valueOf).orElse(null);
        projectName.setVisible(intoProject == null);
    }

    /** Also the way tests feed a file in, as the upload would. */
    void preview(byte[] bytes) {
        preview(bytes, "plan.xlsx");
    }

    void preview(String name, byte[] bytes) {
        preview(bytes, name);
    }

    /** A new file: its first sheet, columns as guessed or as this person mapped the same headers before. */
    void preview(byte[] bytes, String name) {
        read(bytes, name, ImportOptions.byDefault());
    }

    private void read(byte[] bytes, String name, ImportOptions with) {
        try {
            ImportPreview preview = imports.preview(bytes, name, with);
            file = bytes;
            fileName = name;
            options = preview.options();
            show(preview);
        } catch (ProgressTableFormatException e) {
            file = null;
            show(null);
            PlanMessages.refuse(this, e);
        }
    }

    /** The manager reads a column as another field (or as nothing): the preview follows at once. */
    private void choose(int column, Optional<ProgressTableColumn> field) {
        if (file != null && shown != null) {
            read(file, fileName, shown.choose(column, field));
        }
    }

    private void show(ImportPreview preview) {
        shown = preview;
        boolean loaded = preview != null;
        List<String> sheets = loaded ? preview.sheetNames() : List.of();
        sheet.setItems(java.util.stream.IntStream.range(0, sheets.size()).boxed().toList());
        sheet.setItemLabelGenerator(i -> i == null || i >= sheets.size() ? "" : sheets.get(i));
        sheet.setValue(loaded && !sheets.isEmpty() ? preview.options().sheetIndex() : null);
        sheet.setVisible(sheets.size() > 1);
        tree.setText(loaded && preview.tree() != null && preview.tree() != com.campaigntracker.plan.excel.TreeSource.NONE
                ? getTranslation("import.tree." + preview.tree().name()) : "");
        tree.setVisible(!tree.getText().isEmpty());
        columns.show(preview);
        GridRows.show(problems, loaded ? preview.problems() : java.util.List.of());
        GridRows.show(rows, loaded ? preview.rows() : java.util.List.of());
        problems.setVisible(loaded && !preview.problems().isEmpty());
        rows.setVisible(loaded);
        importButton.setEnabled(loaded && preview.importable());
        summary.setText(!loaded ? "" : preview.importable()
                ? getTranslation("import.ready", preview.rows().size())
                : getTranslation("import.blocked", preview.problems().size()));
        // what was adapted on the way (levels folded, resources nobody here is named after): said, not blocking
        notes.setId("import-notes");
        notes.setText(!loaded ? "" : String.join(getTranslation("list.separator"), preview.notes().stream().map(this::message).toList()));
        notes.setVisible(loaded && !preview.notes().isEmpty());
        if (loaded && preview.suggestedName() != null && projectName.isEmpty()) {
            projectName.setValue(preview.suggestedName());
        }
    }

    private void runImport() {
        if (file == null) {
            return;
        }
        try {
            long id;
            if (intoProject != null) {
                imports.importIntoProject(intoProject, file, fileName, options);
                id = intoProject;
            } else {
                id = imports.importAsNewProject(file, fileName, options, projectName.getValue());
            }
            PlanMessages.show(getTranslation("import.done"), NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ProjectPlanView.class,
                    new RouteParameters(ProjectPlanView.PROJECT_ID, String.valueOf(id))));
        } catch (ImportRefusedException e) {
            GridRows.show(problems, e.problems());
            problems.setVisible(true);
            importButton.setEnabled(false);
        }
    }

    private String message(TableProblem p) {
        Object[] args = p.args().stream().map(this::argument).toArray();
        return getTranslation(p.messageKey(), args);
    }

    /** Dates in the user's locale, fields by their name in the user's language, lists of columns joined. */
    private Object argument(Object a) {
        if (a instanceof LocalDate d) {
            return Formats.date(d, getLocale());
        }
        if (a instanceof ProgressTableColumn field) {
            return getTranslation("import.field." + field.name());
        }
        if (a instanceof List<?> list) {
            return String.join(getTranslation("list.separator"), list.stream().map(String::valueOf).toList());
        }
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.shortName");
    }
}
