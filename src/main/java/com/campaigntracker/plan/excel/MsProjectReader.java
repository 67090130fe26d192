package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.WorkItemLevel;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.mpxj.Duration;
import net.sf.mpxj.MPXJException;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Relation;
import net.sf.mpxj.RelationType;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.reader.UniversalProjectReader;

/**
 * A Microsoft Project plan (MSPDI XML or .mpp, read with MPXJ) as rows of the users' table: outline
 * level 1 a phase, 2 a module, 3 and deeper a task — deeper levels are folded into the third (a summary
 * there is left out, its subtasks kept, and a note says so); dates, % complete, milestones,
 * dependencies with their type and lag in working days, the first resource as the R's name.
 */
final class MsProjectReader {

    /** Reads the plan; an unreadable file is one problem, never an exception the user sees. */
    ProgressTable read(byte[] file) {
        ProjectFile project;
        try {
            project = new UniversalProjectReader().read(new ByteArrayInputStream(file));
        } catch (MPXJException | RuntimeException e) {
            project = null;
        }
        if (project == null) {
            return new ProgressTable(List.of(), List.of(new TableProblem(0, "", "", "import.problem.notMsProject")));
        }
        List<ProgressTableRow> rows = new ArrayList<>();
        List<TableProblem> notes = new ArrayList<>();
        List<Task> kept = new ArrayList<>();
        Map<Integer, String> codes = new HashMap<>();
        int[] counters = new int[3];
        for (Task task : project.getTasks()) {
            int outline = task.getOutlineLevel() == null ? 0 : task.getOutlineLevel();
            if (outline == 0 || task.getName() == null || task.getName().isBlank()) {
                continue; // the project's own summary row, or a blank line
            }
            int row = task.getID() == null ? rows.size() + 1 : task.getID();
            if (outline >= 3 && !task.getChildTasks().isEmpty()) {
                notes.add(new TableProblem(row, "", task.getName(), "import.note.folded", List.of(task.getName())));
                continue;
            }
            if (outline > 3) {
                notes.add(new TableProblem(row, "", task.getName(), "import.note.deeper", List.of(outline)));
            }
            int depth = Math.min(outline, 3) - 1;
            counters[depth]++;
            for (int below = depth + 1; below < 3; below++) {
                counters[below] = 0;
            }
            StringBuilder code = new StringBuilder();
            for (int d = 0; d <= depth; d++) {
                code.append(d == 0 ? "" : ".").append(counters[d]);
            }
            codes.put(task.getUniqueID(), code.toString());
            kept.add(task);
        }
        for (Task task : kept) {
            int outline = Math.min(task.getOutlineLevel(), 3);
            WorkItemLevel level = outline == 1 ? WorkItemLevel.PHASE : outline == 2 ? WorkItemLevel.MODULE
                    : WorkItemLevel.TASK;
            boolean leaf = task.getChildTasks().isEmpty();
            int percent = task.getPercentageComplete() == null ? 0
                    : Math.max(0, Math.min(100, (int) Math.round(task.getPercentageComplete().doubleValue())));
            ProgressStatus status = percent >= 100 ? ProgressStatus.DONE : percent > 0 ? ProgressStatus.IN_PROGRESS
                    : ProgressStatus.NOT_STARTED;
            rows.add(new ProgressTableRow(task.getID() == null ? 0 : task.getID(), level, task.getName().strip(), null,
                    null, leaf ? owner(task) : null, leaf ? day(task.getStart()) : null, leaf ? day(task.getFinish()) : null,
                    leaf ? day(task.getActualStart()) : null, leaf && percent >= 100 ? day(task.getActualFinish()) : null,
                    leaf ? status : ProgressStatus.NOT_STARTED, leaf ? percent : 0, null, blankToNull(task.getNotes()),
                    leaf ? predecessors(task, codes) : null, null, null, List.of(), List.of(),
                    leaf && task.getMilestone(), null, null));
        }
        return new ProgressTable(rows, List.of(), notes);
    }

    private static String owner(Task task) {
        return task.getResourceAssignments().stream().map(ResourceAssignment::getResource)
                .filter(r -> r != null && r.getName() != null && !r.getName().isBlank())
                .map(r -> r.getName().strip()).findFirst().orElse(null);
    }

    /** Our predecessor codes ({@code 1.2.1FS+2}) from Project's links; links to left-out rows are dropped. */
    private static String predecessors(Task task, Map<Integer, String> codes) {
        List<String> out = new ArrayList<>();
        for (Relation r : task.getPredecessors()) {
            String code = r.getPredecessorTask() == null ? null : codes.get(r.getPredecessorTask().getUniqueID());
            if (code == null) {
                continue;
            }
            int lag = lagDays(r.getLag());
            out.add(code + type(r.getType()) + (lag == 0 ? "" : (lag > 0 ? "+" : "") + lag));
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String type(RelationType type) {
        if (type == RelationType.START_START) {
            return "SS";
        }
        if (type == RelationType.FINISH_FINISH) {
            return "FF";
        }
        return type == RelationType.START_FINISH ? "SF" : "FS";
    }

    /** Lag in whole working days (Project keeps it in minutes, hours or days; 8 hours a day). */
    private static int lagDays(Duration lag) {
        if (lag == null) {
            return 0;
        }
        double value = lag.getDuration();
        return switch (lag.getUnits()) {
            case MINUTES, ELAPSED_MINUTES -> (int) Math.round(value / 480);
            case HOURS, ELAPSED_HOURS -> (int) Math.round(value / 8);
            case WEEKS, ELAPSED_WEEKS -> (int) Math.round(value * 5);
            case MONTHS, ELAPSED_MONTHS -> (int) Math.round(value * 20);
            default -> (int) Math.round(value);
        };
    }

    private static LocalDate day(LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
