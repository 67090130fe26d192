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
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mpp.MPPReader;
import net.sf.mpxj.mspdi.MSPDIReader;

/**
 * A Microsoft Project plan (MSPDI XML or .mpp, read with MPXJ) as rows of the users' table: outline
 * level 1 a phase, 2 a module, 3 and deeper a task — deeper levels are folded into the third (a summary
 * there is left out, its subtasks kept, and a note says so); dates, % complete, milestones,
 * dependencies with their type and lag in working days, the first resource as the R's name.
 */
final class MsProjectReader {

    /** The plan being read: its hours per day and days per week convert lags. */
    private net.sf.mpxj.ProjectProperties properties;

    /**
     * Reads the plan; an unreadable file is one problem, never an exception the user sees. Only the two
     * formats Project saves are tried, chosen by the bytes (MSPDI XML forbids DOCTYPE, so no external
     * entities; .mpp is an OLE compound file): anything else — a zip, a database — is not unpacked.
     */
    ProgressTable read(byte[] file) {
        ProjectFile project = null;
        try {
            if (isXml(file)) {
                project = new MSPDIReader().read(new ByteArrayInputStream(file));
            } else if (isOle(file)) {
                project = new MPPReader().read(new ByteArrayInputStream(file));
            }
        } catch (MPXJException | RuntimeException e) {
            project = null;
        }
        if (project == null) {
            return new ProgressTable(List.of(), List.of(new TableProblem(0, "", "", "import.problem.notMsProject")));
        }
        properties = project.getProjectProperties();
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
                    leaf && task.getMilestone(), null, null, null));
        }
        return new ProgressTable(rows, List.of(), notes);
    }

    private static boolean isXml(byte[] file) {
        int i = 0;
        if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < file.length && Character.isWhitespace(file[i])) {
            i++;
        }
        return i < file.length && file[i] == '<';
    }

    private static boolean isOle(byte[] file) {
        return file.length >= 4 && (file[0] & 0xFF) == 0xD0 && (file[1] & 0xFF) == 0xCF && (file[2] & 0xFF) == 0x11
                && (file[3] & 0xFF) == 0xE0;
    }

    private static String owner(Task task) {
        return task.getResourceAssignments().stream().map(ResourceAssignment::getResource)
                .filter(r -> r != null && r.getName() != null && !r.getName().isBlank())
                .map(r -> r.getName().strip()).findFirst().orElse(null);
    }

    /**
     * Our predecessor codes ({@code 1.2.1FS+2}) from Project's links. A link to a summary (a phase, a
     * module, a folded summary) links to each of its tasks instead: our dependencies join tasks.
     */
    private String predecessors(Task task, Map<Integer, String> codes) {
        List<String> out = new ArrayList<>();
        for (Relation r : task.getPredecessors()) {
            if (r.getPredecessorTask() == null) {
                continue;
            }
            int lag = lagDays(r.getLag());
            String suffix = type(r.getType()) + (lag == 0 ? "" : (lag > 0 ? "+" : "") + lag);
            for (Task leaf : leaves(r.getPredecessorTask())) {
                String code = codes.get(leaf.getUniqueID());
                if (code != null && !out.contains(code + suffix)) {
                    out.add(code + suffix);
                }
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static List<Task> leaves(Task task) {
        if (task.getChildTasks().isEmpty()) {
            return List.of(task);
        }
        List<Task> all = new ArrayList<>();
        task.getChildTasks().forEach(c -> all.addAll(leaves(c)));
        return all;
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

    /**
     * Lag in whole working days, converted with the plan's own hours per day and days per week; a lag
     * in percent of the predecessor's length has no fixed length here and counts as none.
     */
    private int lagDays(Duration lag) {
        if (lag == null || lag.getDuration() == 0 || lag.getUnits() == TimeUnit.PERCENT
                || lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            return 0;
        }
        return (int) Math.round(lag.convertUnits(TimeUnit.DAYS, properties).getDuration());
    }

    private static LocalDate day(LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
