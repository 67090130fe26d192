package com.campaigntracker.plan.excel;

import com.campaigntracker.shared.text.TextLimit;
import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.Responsibilities;
import com.campaigntracker.plan.ResponsibilityStore;
import com.campaigntracker.plan.WorkItem;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.schedule.CycleDetector;
import com.campaigntracker.schedule.Link;
import com.campaigntracker.schedule.PredecessorCode;
import com.campaigntracker.schedule.PredecessorSyntaxException;
import com.campaigntracker.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users' Excel table into a plan: a preview lists every problem by row and column before
 * anything is saved, and an import takes all rows or none, into a new project or an empty one.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class PlanImportService {

    private final ProgressTableReader reader;
    private final PeopleService people;
    private final ProjectService projects;
    private final PlanRowsService plans;
    private final ObjectProvider<ResponsibilityStore> responsibilities;
    private final ColumnMappingStore mappings;
    private final Clock clock;

    PlanImportService(PeopleService people, ProjectService projects, PlanRowsService plans,
                      ObjectProvider<ResponsibilityStore> responsibilities, ColumnMappingStore mappings, Clock clock) {
        this.mappings = mappings;
        this.people = people;
        this.projects = projects;
        this.plans = plans;
        this.responsibilities = responsibilities;
        this.clock = clock;
        this.reader = new ProgressTableReader(clock);
    }

    public ImportPreview preview(byte[] xlsx) {
        return preview(xlsx, "plan.xlsx");
    }

    /** Microsoft Project files (.xml MSPDI, .mpp) by their name; anything else as the users' Excel table. */
    static boolean isMsProject(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".mpp") || name.endsWith(".xml") || name.endsWith(".mpx");
    }

    public ImportPreview preview(byte[] file, String fileName) {
        return preview(file, fileName, ImportOptions.byDefault());
    }

    /**
     * The file's rows and problems, read with those options: the sheet, and the manager's choice for any
     * column. Choices are remembered for the person and these headers; with none, the person's choices
     * for these headers are used (the preview says so). From Microsoft Project a resource nobody here is
     * named after is left out (a note, not a problem): Project's resources are often roles, not people.
     */
    public ImportPreview preview(byte[] file, String fileName, ImportOptions options) {
        boolean fromProject = isMsProject(fileName);
        if (fromProject && file.length > ProgressTableReader.MAX_BYTES) {
            throw new ProgressTableFormatException("import.file.rejected", ProgressTableReader.MAX_BYTES / 1024 / 1024);
        }
        List<String> sheetNames = List.of();
        ImportOptions used = options;
        boolean remembered = false;
        ProgressTable table;
        if (fromProject) {
            // a fresh reader per file: it keeps the plan's units while reading
            table = new MsProjectReader().read(file);
        } else {
            TableFile tableFile = TableFiles.open(file, fileName);
            sheetNames = tableFile.sheetNames();
            int sheetIndex = options.sheetIndex() == ImportOptions.FIRST_WITH_DATA ? tableFile.firstSheetWithData()
                    : options.sheetIndex();
            if (sheetIndex >= Math.max(1, sheetNames.size())) {
                throw new ProgressTableFormatException("import.file.noSuchSheet", sheetIndex + 1, sheetNames.size());
            }
            used = new ImportOptions(sheetIndex, options.columns());
            RawSheet sheet = tableFile.sheet(sheetIndex);
            TableHeader header = TableHeader.find(sheet.rows());
            Long personId = CurrentUser.personId();
            if (personId != null && !options.columns().isEmpty()) {
                mappings.remember(personId, header.signature(), options.columns());
            } else if (personId != null) {
                Optional<Map<Integer, Optional<ProgressTableColumn>>> earlier = mappings.find(personId, header.signature());
                if (earlier.isPresent()) {
                    used = used.withColumns(earlier.get());
                    remembered = true;
                }
            }
            table = reader.read(sheet, header, used.columns());
        }
        List<TableProblem> problems = new ArrayList<>(table.problems());
        List<TableProblem> notes = new ArrayList<>(table.notes());
        TableNames byName = new TableNames(people.everyone());
        List<ProgressTableRow> rows = table.rows();
        if (fromProject) {
            rows = rows.stream().map(r -> {
                if (r.ownerName() != null && byName.named(r.ownerName()) == null) {
                    notes.add(new TableProblem(r.rowNumber(), "", r.ownerName(), "import.note.unknownResource",
                            List.of(r.ownerName())));
                    return r.withoutOwner();
                }
                return r;
            }).toList();
        }
        for (ProgressTableRow row : rows) {
            checkPerson(table, row, row.ownerName(), ProgressTableColumn.OWNER, byName, problems);
            checkPerson(table, row, row.accountableName(), ProgressTableColumn.ACCOUNTABLE, byName, problems);
            row.consultedNames().forEach(n -> checkPerson(table, row, n, ProgressTableColumn.CONSULTED, byName, problems));
            row.informedNames().forEach(n -> checkPerson(table, row, n, ProgressTableColumn.INFORMED, byName, problems));
            checkBounds(table, row, problems);
            if (row.plannedStart() != null && row.plannedFinish() != null
                    && row.plannedFinish().isBefore(row.plannedStart())) {
                problems.add(problem(table, row, ProgressTableColumn.PLANNED_FINISH, String.valueOf(row.plannedFinish()),
                        "import.problem.finishBeforeStart", row.plannedStart()));
            }
        }
        List<String> wbs = numberRows(table, rows, problems);
        rows = checkPredecessors(table, rows, wbs, problems);
        problems.sort(Comparator.comparingInt(TableProblem::rowNumber));
        String name = rows.stream().filter(r -> r.level() == WorkItemLevel.PHASE).map(ProgressTableRow::name)
                .findFirst().orElse(null);
        return new ImportPreview(name, rows, problems, notes, sheetNames, used, table.columns(), table.tree(),
                remembered);
    }

    /** Creates a project named {@code projectName}, managed by the importing user, holding the table. */
    public long importAsNewProject(byte[] xlsx, String projectName) {
        return importAsNewProject(xlsx, "plan.xlsx", projectName);
    }

    /** Like the other, from a file of that name (an Excel table or a Microsoft Project plan). */
    public long importAsNewProject(byte[] file, String fileName, String projectName) {
        return importAsNewProject(file, fileName, ImportOptions.byDefault(), projectName);
    }

    /** Like the other, read with the options the preview showed: what was previewed is what is imported. */
    public long importAsNewProject(byte[] file, String fileName, ImportOptions options, String projectName) {
        ImportPreview preview = requireImportable(file, fileName, options);
        ProjectDetails details = new ProjectDetails();
        details.setName(projectName == null || projectName.isBlank() ? preview.suggestedName() : projectName.strip());
        details.setManagerId(CurrentUser.require().personId());
        details.setPlannedStart(preview.rows().stream().map(ProgressTableRow::plannedStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(LocalDate.now(clock)));
        long projectId = projects.create(details);
        save(projectId, preview.rows());
        return projectId;
    }

    /** Fills a project that has no work items yet. */
    public void importIntoProject(long projectId, byte[] xlsx) {
        importIntoProject(projectId, xlsx, "plan.xlsx");
    }

    /** Like the other, from a file of that name (an Excel table or a Microsoft Project plan). */
    public void importIntoProject(long projectId, byte[] file, String fileName) {
        importIntoProject(projectId, file, fileName, ImportOptions.byDefault());
    }

    /** Like the other, read with the options the preview showed. */
    public void importIntoProject(long projectId, byte[] file, String fileName, ImportOptions options) {
        WorkTree tree = projects.workTree(projectId).orElseThrow();
        if (!tree.roots().isEmpty()) {
            throw new ImportRefusedException(List.of(new TableProblem(0, "", "", "import.problem.projectNotEmpty")));
        }
        save(projectId, requireImportable(file, fileName, options).rows());
    }

    /** The rows, then the A, C and I they name (the R is each item's owner). */
    private void save(long projectId, List<ProgressTableRow> rows) {
        List<Long> items = plans.appendRows(projectId, planRows(rows));
        TableNames byName = new TableNames(people.everyone());
        Map<Long, Responsibilities> raci = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ProgressTableRow r = rows.get(i);
            Responsibilities named = new Responsibilities(
                    r.accountableName() == null ? null : byName.named(r.accountableName()).getId(),
                    r.consultedNames().stream().map(n -> byName.named(n).getId()).toList(),
                    r.informedNames().stream().map(n -> byName.named(n).getId()).toList());
            if (!named.isEmpty()) {
                raci.put(items.get(i), named);
            }
        }
        if (!raci.isEmpty()) {
            responsibilities.getObject().store(raci);
        }
    }

    private ImportPreview requireImportable(byte[] file, String fileName, ImportOptions options) {
        ImportPreview preview = preview(file, fileName, options);
        if (!preview.importable()) {
            throw new ImportRefusedException(preview.problems().isEmpty()
                    ? List.of(new TableProblem(0, "", "", "import.problem.noRows")) : preview.problems());
        }
        return preview;
    }

    private List<PlanRow> planRows(List<ProgressTableRow> rows) {
        TableNames byName = new TableNames(people.everyone());
        return rows.stream().map(r -> new PlanRow(r.level(), r.name(), r.description(), r.deliverables(),
                r.ownerName() == null ? null : byName.named(r.ownerName()), r.plannedStart(), r.plannedFinish(),
                r.actualStart(), r.actualFinish(), r.status(), r.percentComplete(), r.riskLevel(), r.remarks(),
                r.priority(), r.estimateDays(), r.bufferPercent(), r.milestone(), r.predecessors())).toList();
    }

    /** People are written by the name colleagues know (小张) or their log-in. */
    private static void checkPerson(ProgressTable table, ProgressTableRow row, String name, ProgressTableColumn column,
                                    TableNames byName, List<TableProblem> problems) {
        if (name != null && byName.named(name) == null) {
            problems.add(problem(table, row, column, name, "import.problem.unknownPerson", name));
        }
    }

    /** WBS codes the rows will get; a row whose parent level is missing is a problem (and gets none). */
    private static List<String> numberRows(ProgressTable table, List<ProgressTableRow> rows, List<TableProblem> problems) {
        int[] counters = new int[3];
        boolean[] open = new boolean[3];
        List<String> codes = new ArrayList<>();
        for (ProgressTableRow row : rows) {
            int depth = row.level().depth() - 1;
            if (depth > 0 && !open[depth - 1]) {
                problems.add(problem(table, row, ProgressTableColumn.LEVEL, row.level().name(), "import.problem.rowOrder"));
                codes.add(null);
                continue;
            }
            counters[depth]++;
            open[depth] = true;
            for (int below = depth + 1; below < 3; below++) {
                counters[below] = 0;
                open[below] = false;
            }
            StringBuilder code = new StringBuilder();
            for (int d = 0; d <= depth; d++) {
                code.append(d == 0 ? "" : ".").append(counters[d]);
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /**
     * The rows' predecessors checked, and returned as the plan will store them: written in the table's own
     * numbers, they are rewritten in the plan's codes (see {@link RowCodes}).
     */
    private static List<ProgressTableRow> checkPredecessors(ProgressTable table, List<ProgressTableRow> rows,
                                                            List<String> wbs, List<TableProblem> problems) {
        RowCodes codesOf = new RowCodes(rows, wbs);
        List<ProgressTableRow> resolved = new ArrayList<>(rows);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProgressTableRow row = rows.get(i);
            if (row.predecessors() == null) {
                continue;
            }
            try {
                List<String> inPlanCodes = new ArrayList<>();
                List<PredecessorCode> codes = PredecessorCode.parseList(row.predecessors());
                for (PredecessorCode code : codes) {
                    Integer pred = codesOf.rowOf(code.wbs());
                    if (pred == null || pred == i) {
                        problems.add(problem(table, row, ProgressTableColumn.PREDECESSORS, row.predecessors(),
                                "import.problem.unknownPredecessor", code.wbs()));
                    } else if (codesOf.hasRowsUnder(pred) || codesOf.hasRowsUnder(i)) {
                        problems.add(problem(table, row, ProgressTableColumn.PREDECESSORS, row.predecessors(),
                                "import.problem.predecessorNotTask", code.wbs()));
                    } else {
                        links.add(new Link(pred, i, code.type(), code.lag()));
                        inPlanCodes.add(new PredecessorCode(codesOf.planCode(pred), code.type(), code.lag()).format());
                    }
                }
                if (codesOf.tableNumbered() && inPlanCodes.size() == codes.size()) { // else the import is refused: shown as written
                    resolved.set(i, row.withPredecessors(String.join(", ", inPlanCodes)));
                }
            } catch (PredecessorSyntaxException e) {
                problems.add(problem(table, row, ProgressTableColumn.PREDECESSORS, row.predecessors(),
                        "import.problem.predecessorSyntax", e.token()));
            }
        }
        Optional<List<Long>> cycle = CycleDetector.findCycle(links);
        cycle.ifPresent(c -> {
            ProgressTableRow first = rows.get(c.get(0).intValue());
            problems.add(problem(table, first, ProgressTableColumn.PREDECESSORS, first.predecessors(), "import.problem.cycle",
                    c.stream().map(i -> wbs.get(i.intValue()) + " " + rows.get(i.intValue()).name())
                            .collect(Collectors.joining(" → "))));
        });
        return resolved;
    }

    /** Dates inside the window the plan accepts, texts that fit their columns (Excel and MS Project alike). */
    private static void checkBounds(ProgressTable table, ProgressTableRow row, List<TableProblem> problems) {
        Map<ProgressTableColumn, LocalDate> dates = new java.util.LinkedHashMap<>();
        dates.put(ProgressTableColumn.PLANNED_START, row.plannedStart());
        dates.put(ProgressTableColumn.PLANNED_FINISH, row.plannedFinish());
        dates.put(ProgressTableColumn.ACTUAL_START, row.actualStart());
        dates.put(ProgressTableColumn.ACTUAL_FINISH, row.actualFinish());
        dates.forEach((column, date) -> {
            if (date != null && !DateWindow.contains(date)) {
                problems.add(problem(table, row, column, date.toString(), "import.problem.dateOutOfWindow", DateWindow.MIN,
                        DateWindow.MAX));
            }
        });
        Map<ProgressTableColumn, String> texts = new java.util.LinkedHashMap<>();
        texts.put(ProgressTableColumn.DESCRIPTION, row.description());
        texts.put(ProgressTableColumn.DELIVERABLES, row.deliverables());
        texts.put(ProgressTableColumn.REMARKS, row.remarks());
        if (TextLimit.tooLong(row.name(), WorkItem.NAME_MAX)) {
            problems.add(problem(table, row, ProgressTableColumn.NAME, abbreviated(row.name()), "import.problem.tooLong",
                    WorkItem.NAME_MAX));
        }
        texts.forEach((column, text) -> {
            if (TextLimit.tooLong(text, WorkItem.TEXT_MAX)) {
                problems.add(problem(table, row, column, abbreviated(text), "import.problem.tooLong", WorkItem.TEXT_MAX));
            }
        });
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static TableProblem problem(ProgressTable table, ProgressTableRow row, ProgressTableColumn column,
                                        String value, String key, Object... args) {
        return new TableProblem(row.rowNumber(), table.headerOf(column), value, key, List.of(args));
    }
}
