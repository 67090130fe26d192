package com.campaigntracker.template;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.Responsibilities;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.tracking.Cadence;
import com.campaigntracker.tracking.RiskLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns a project into a template body: dates become offsets and durations in working days on
 * the calendar, people become placeholders (the manager one of them), and the RACI, the cadences
 * the manager chose and the risk points come along per item.
 */
final class TemplateCapture {

    private TemplateCapture() {
    }

    /**
     * @param raci      the A, C and I by work item id (the R is the row's owner)
     * @param cadences  cadences the manager set, by work item id
     * @param label     a default label from a person's department (may be null) and the first item they are
     *                  the R of (else the first they hold a letter on)
     */
    static TemplateBody capture(WorkTree tree, Map<Long, Responsibilities> raci, Map<Long, Cadence> cadences,
                                List<RiskLine> risks, Map<Long, PersonOption> people, WorkingDayCalendar calendar,
                                String managerLabel, BiFunction<String, String, String> label) {
        List<WorkItemRow> rows = tree.rows();
        LocalDate first = rows.stream().map(WorkItemRow::plannedStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(calendar::onOrAfter).orElse(null);
        Map<Long, String> firstOwned = new java.util.HashMap<>();
        rows.stream().filter(r -> r.ownerId() != null).forEach(r -> firstOwned.putIfAbsent(r.ownerId(), r.name()));
        Placeholders placeholders = new Placeholders(tree.project().managerId(), people, managerLabel, label,
                firstOwned);
        List<TemplateItem> items = new ArrayList<>(rows.size());
        for (WorkItemRow row : rows) {
            Responsibilities r = raci.get(row.id());
            String responsible = placeholders.keyOf(row.ownerId(), row.name());
            String accountable = r == null ? null : placeholders.keyOf(r.accountable(), row.name());
            List<String> consulted = r == null ? List.of()
                    : r.consulted().stream().map(id -> placeholders.keyOf(id, row.name())).toList();
            List<String> informed = r == null ? List.of()
                    : r.informed().stream().map(id -> placeholders.keyOf(id, row.name())).toList();
            Integer offset = null;
            Integer duration = null;
            if (first != null && row.plannedStart() != null && row.plannedFinish() != null) {
                LocalDate start = calendar.onOrAfter(row.plannedStart());
                offset = calendar.workingDaysBetween(first, start) - 1;
                duration = Math.max(1, row.duration() != null ? row.duration()
                        : calendar.workingDaysBetween(start, row.plannedFinish()));
            }
            items.add(new TemplateItem(row.level(), row.name(), row.description(), row.deliverables(), offset,
                    duration, row.priority(), row.estimateDays(), row.bufferPercent(), row.keyTask(), row.milestone(),
                    row.predecessors().isEmpty() ? null : String.join(", ", row.predecessors()), responsible,
                    accountable, consulted, informed, cadences.get(row.id()), risksOf(row.id(), risks)));
        }
        var project = tree.project();
        Integer committedEndOffset = first == null || project.committedEnd() == null
                || project.committedEnd().isBefore(first) ? null
                : calendar.workingDaysBetween(first, calendar.onOrBefore(project.committedEnd())) - 1;
        List<TemplateBody.Kpi> kpis = project.kpis().stream()
                .map(k -> new TemplateBody.Kpi(k.name(), k.unit(), k.target())).toList();
        return new TemplateBody(project.goal(), kpis, project.emergencyBufferDays(), committedEndOffset,
                placeholders.all(), items);
    }

    /** The risks raised on the item, once per description, most serious first. */
    private static List<TemplateRisk> risksOf(long itemId, List<RiskLine> risks) {
        Map<String, TemplateRisk> byDescription = new LinkedHashMap<>();
        risks.stream().filter(r -> r.workItemId() == itemId)
                .sorted(Comparator.comparing((RiskLine r) -> r.level() == null ? 9 : r.level().ordinal()))
                .forEach(r -> byDescription.putIfAbsent(r.description().strip(),
                        new TemplateRisk(r.description().strip(), r.level(), r.probability(), r.impact(),
                                r.mitigation())));
        return List.copyOf(byDescription.values());
    }

    /** One placeholder per person, in the order they first appear; the manager's comes first. */
    private static final class Placeholders {
        private final Map<Long, PersonOption> people;
        private final BiFunction<String, String, String> label;
        private final Map<Long, Placeholder> byPerson = new LinkedHashMap<>();
        private final Set<String> labels = new LinkedHashSet<>();
        private final Map<Long, String> firstOwned;

        Placeholders(Long managerId, Map<Long, PersonOption> people, String managerLabel,
                     BiFunction<String, String, String> label, Map<Long, String> firstOwned) {
            this.people = people;
            this.label = label;
            this.firstOwned = firstOwned;
            PersonOption manager = managerId == null ? null : people.get(managerId);
            byPerson.put(managerId, new Placeholder(Placeholder.MANAGER_KEY, managerLabel,
                    manager == null ? null : manager.departmentName(), true, managerId));
            labels.add(managerLabel);
        }

        String keyOf(Long personId, String itemName) {
            if (personId == null) {
                return null;
            }
            return byPerson.computeIfAbsent(personId, id -> {
                PersonOption person = people.get(id);
                String department = person == null ? null : person.departmentName();
                String base = shortened(label.apply(department, firstOwned.getOrDefault(id, itemName)));
                String text = base;
                for (int n = 2; !labels.add(text); n++) {
                    text = base + " " + n;
                }
                return new Placeholder("p" + byPerson.size(), text, department, false, id);
            }).key();
        }

        /** Room for a number after it, within what a typed label may hold. */
        private static String shortened(String text) {
            int max = TemplateDraft.LABEL_MAX - 4;
            return text.codePointCount(0, text.length()) <= max ? text
                    : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
        }

        List<Placeholder> all() {
            return List.copyOf(byPerson.values());
        }
    }
}
