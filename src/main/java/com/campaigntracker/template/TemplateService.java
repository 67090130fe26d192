package com.campaigntracker.template;

import com.campaigntracker.shared.time.DateWindow;
import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ResponsibilityStore;
import com.campaigntracker.plan.Responsibilities;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.tracking.Cadence;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.TrackingService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates: the built-in ones and those saved from projects, listed together; saving a project
 * as a template; making a project from one — all of it or nothing.
 */
@Service
@Transactional
public class TemplateService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TemplateService.class);
    static final String BUILT_IN = "builtin:";
    static final String SAVED = "saved:";
    private static final String READERS = "hasAnyRole('ADMIN', 'MANAGER', 'HEAD')";

    private final PlanTemplateRepository templates;
    private final BuiltInTemplates builtIns;
    private final ProjectService projects;
    private final PlanRowsService planRows;
    private final ResponsibilityStore responsibilities;
    private final TrackingService tracking;
    private final RiskService risks;
    private final PeopleService people;
    private final WorkingCalendarService calendars;
    private final Clock clock;

    TemplateService(PlanTemplateRepository templates, BuiltInTemplates builtIns, ProjectService projects,
                    PlanRowsService planRows, ResponsibilityStore responsibilities, TrackingService tracking,
                    RiskService risks, PeopleService people, WorkingCalendarService calendars, Clock clock) {
        this.templates = templates;
        this.builtIns = builtIns;
        this.projects = projects;
        this.planRows = planRows;
        this.responsibilities = responsibilities;
        this.tracking = tracking;
        this.risks = risks;
        this.people = people;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The built-in templates in the user's language, then the saved ones, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<TemplateSummary> templates(Locale locale) {
        List<TemplateSummary> all = new ArrayList<>();
        builtIns.all(locale).forEach(t -> all.add(summary(t)));
        List<PlanTemplate> saved = templates.findAllByOrderByCreatedAtDesc();
        Map<Long, String> names = people.displayNames(saved.stream().map(PlanTemplate::getCreatedById)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        for (PlanTemplate t : saved) {
            try {
                all.add(summary(t, names));
            } catch (RuntimeException e) { // one unreadable body must not hide the others
                log.warn("Template {} ({}) cannot be read and is left out of the list", t.getId(), t.getName(), e);
            }
        }
        return all;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Optional<TemplateSummary> template(String key, Locale locale) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.startsWith(BUILT_IN)) {
            return builtIns.find(key.substring(BUILT_IN.length()), locale).map(TemplateService::summary);
        }
        return savedId(key).flatMap(templates::findById)
                .map(t -> summary(t, people.displayNames(t.getCreatedById() == null ? Set.of()
                        : Set.of(t.getCreatedById()))));
    }

    /** Where the template's items land when it starts on {@code start}, on the organization's calendar. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public TemplateDates dates(String key, Locale locale, LocalDate start) {
        DateWindow.require(start, "template.start");
        return TemplateDates.place(body(key, locale), start, calendars.calendar());
    }

    /** The project as it would be saved, with default placeholder labels, for the save form. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public TemplateBody draft(long projectId, String managerLabel) {
        return capture(managedTree(projectId), managerLabel);
    }

    /** Saves the project as a template (its manager or an administrator, also once it is closed). */
    @PreAuthorize(READERS)
    public String save(long projectId, TemplateDraft draft) {
        WorkTree tree = managedTree(projectId);
        String name = required(draft.name(), TemplateDraft.NAME_MAX, "template.error.name",
                "template.error.nameTooLong");
        String description = optional(draft.description(), TemplateDraft.DESCRIPTION_MAX,
                "template.error.descriptionTooLong");
        TemplateBody captured = capture(tree, draft.managerLabel());
        List<Placeholder> placeholders = new ArrayList<>();
        for (Placeholder p : captured.placeholders()) {
            String edited = draft.labels() == null ? null : draft.labels().get(p.key());
            if (edited != null && edited.strip().equals(p.label())) {
                edited = null; // unchanged: the default may be longer than a typed label may be
            }
            placeholders.add(edited == null ? p
                    : p.withLabel(required(edited, TemplateDraft.LABEL_MAX, "template.error.label",
                    "template.error.labelTooLong")));
        }
        if (placeholders.stream().map(Placeholder::label).distinct().count() < placeholders.size()) {
            throw new TemplateException("template.error.labelTwice");
        }
        TemplateBody body = new TemplateBody(captured.goal(), captured.kpis(), captured.emergencyBufferDays(),
                captured.committedEndOffset(), placeholders, captured.items());
        PlanTemplate saved = templates.save(new PlanTemplate(name, description, projectId, tree.project().name(),
                clock.instant(), CurrentUser.personId(), TemplateJson.write(body)));
        return SAVED + saved.getId();
    }

    /** Deletes a saved template: who saved it, or an administrator. The built-in ones stay. */
    @PreAuthorize(READERS)
    public void delete(String key) {
        if (key != null && key.startsWith(BUILT_IN)) {
            throw new TemplateException("template.error.builtIn");
        }
        PlanTemplate template = savedId(key).flatMap(templates::findById)
                .orElseThrow(() -> new TemplateException("template.error.gone"));
        if (!mayDelete(template)) {
            throw new AccessDeniedException("Only who saved a template or an administrator may delete it");
        }
        // a template is never changed, only deleted: whoever deletes it second is told it is gone
        if (templates.deleteAndCount(template.getId()) == 0) {
            throw new TemplateException("template.error.gone");
        }
    }

    /**
     * Makes a project from the template: the work tree with every date placed on the working-day
     * calendar from the start, the dependencies, the people given for the placeholders as R, A, C
     * and I, the cadences and the risk points to watch. The signed-in person creates it and, unless
     * an administrator, is its manager.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public long createProject(String key, Locale locale, TemplateStart start) {
        TemplateBody body = body(key, locale);
        String name = required(start.projectName(), ProjectDetails.NAME_MAX, "template.error.projectName",
                "template.error.projectNameTooLong");
        if (start.start() == null) {
            throw new TemplateException("template.error.start");
        }
        DateWindow.require(start.start(), "template.start");
        Long me = CurrentUser.personId();
        Long managerId = start.managerId() == null ? me : start.managerId();
        if (!managerId.equals(me) && !CurrentUser.hasRole("ADMIN")) {
            throw new TemplateException("template.error.otherManager");
        }
        if (people.inactivePersonIds().contains(managerId) || people.person(managerId).isEmpty()) {
            throw new TemplateException("template.error.managerGone");
        }
        Map<String, Person> assigned = assignees(body, start.people(), managerId);
        requireNoOneAcceptsOwnWork(body, assigned);
        TemplateDates dates = TemplateDates.place(body, start.start(), calendars.calendar());
        DateWindow.require(dates.finish(), "project.finish"); // a start late in 2099 runs out of the window
        DateWindow.require(dates.committedEnd(), "project.committedEnd");

        ProjectDetails details = new ProjectDetails();
        details.setName(name);
        details.setGoal(body.goal());
        body.kpis().forEach(k -> details.getKpis().add(new ProjectDetails.Kpi(k.name(), k.unit(), k.target())));
        details.setManagerId(managerId);
        details.setDepartmentId(start.departmentId());
        details.setPlannedStart(dates.start());
        details.setCommittedEnd(dates.committedEnd());
        details.setEmergencyBufferDays(body.emergencyBufferDays());
        long projectId = projects.create(details);

        List<PlanRow> rows = new ArrayList<>(body.items().size());
        for (int i = 0; i < body.items().size(); i++) {
            TemplateItem item = body.items().get(i);
            TemplateDates.Span span = dates.spans().get(i);
            rows.add(new PlanRow(item.level(), item.name(), item.description(), item.deliverables(),
                    item.responsible() == null ? null : assigned.get(item.responsible()),
                    span == null ? null : span.start(), span == null ? null : span.finish(), null, null,
                    ProgressStatus.NOT_STARTED, 0, null, null, item.priority(), item.estimateDays(),
                    item.bufferPercent(), item.milestone(), item.predecessors()));
        }
        List<Long> items = planRows.appendRows(projectId, rows);
        Map<Long, Responsibilities> raci = new HashMap<>();
        List<Long> keyTasks = new ArrayList<>();
        Map<Long, List<RiskDetails>> watch = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            TemplateItem item = body.items().get(i);
            long saved = items.get(i);
            if (item.keyTask()) {
                keyTasks.add(saved);
            }
            Responsibilities r = responsibilitiesOf(item, assigned);
            if (!r.isEmpty()) {
                raci.put(saved, r);
            }
            if (item.cadence() != null) {
                tracking.setCadence(saved, item.cadence());
            }
            Person owner = rows.get(i).owner();
            Long ownerId = owner == null ? null : owner.getId();
            if (!item.risks().isEmpty()) {
                watch.put(saved, item.risks().stream().map(risk -> new RiskDetails(risk.description(),
                        risk.level(), risk.probability(), risk.impact(), risk.mitigation(), ownerId)).toList());
            }
        }
        if (!keyTasks.isEmpty()) {
            planRows.markKeyTasks(projectId, keyTasks);
        }
        if (!raci.isEmpty()) {
            responsibilities.store(raci);
        }
        risks.addAll(projectId, watch);
        return projectId;
    }

    private TemplateBody body(String key, Locale locale) {
        if (key != null && key.startsWith(BUILT_IN)) {
            return builtIns.find(key.substring(BUILT_IN.length()), locale).map(BuiltInTemplates.BuiltIn::body)
                    .orElseThrow(() -> new TemplateException("template.error.gone"));
        }
        return savedId(key).flatMap(templates::findById).map(t -> TemplateJson.read(t.getBody()))
                .orElseThrow(() -> new TemplateException("template.error.gone"));
    }

    /** People for the placeholders: those given, the manager for the manager's place when none is given. */
    private Map<String, Person> assignees(TemplateBody body, Map<String, Long> given, Long managerId) {
        Map<String, Long> ids = new HashMap<>(given == null ? Map.of() : given);
        ids.values().removeIf(java.util.Objects::isNull);
        for (String key : ids.keySet()) {
            if (body.placeholder(key).isEmpty()) {
                throw new TemplateException("template.error.unknownPlaceholder", key);
            }
        }
        body.placeholders().stream().filter(Placeholder::manager).forEach(p -> ids.putIfAbsent(p.key(), managerId));
        Set<Long> inactive = people.inactivePersonIds();
        Map<String, Person> assigned = new HashMap<>();
        ids.forEach((key, personId) -> {
            Person person = people.person(personId).filter(p -> !inactive.contains(p.getId()))
                    .orElseThrow(() -> new TemplateException("template.error.personGone",
                            body.placeholder(key).map(Placeholder::label).orElse(key)));
            assigned.put(key, person);
        });
        return assigned;
    }

    /**
     * One person may fill several places, but not both the R and the A of an item: nobody accepts their
     * own deliverable (and the kickoff would find the item without an A).
     */
    private static void requireNoOneAcceptsOwnWork(TemplateBody body, Map<String, Person> assigned) {
        for (TemplateItem item : body.items()) {
            Person r = item.responsible() == null ? null : assigned.get(item.responsible());
            Person a = item.accountable() == null ? null : assigned.get(item.accountable());
            if (r != null && r.equals(a)) {
                throw new TemplateException("template.error.samePerson", r.getDisplayName(), item.name(),
                        label(body, item.responsible()), label(body, item.accountable()));
            }
        }
    }

    private static String label(TemplateBody body, String key) {
        return body.placeholder(key).map(Placeholder::label).orElse(key);
    }

    /** The item's A, C and I; a person holds one letter per item (R before A before C before I). */
    private static Responsibilities responsibilitiesOf(TemplateItem item, Map<String, Person> assigned) {
        Function<String, Long> id = key -> key == null || !assigned.containsKey(key) ? null : assigned.get(key).getId();
        Set<Long> taken = new LinkedHashSet<>();
        Long r = id.apply(item.responsible());
        if (r != null) {
            taken.add(r);
        }
        Long a = id.apply(item.accountable());
        if (a != null && !taken.add(a)) {
            a = null;
        }
        List<Long> consulted = item.consulted().stream().map(id).filter(java.util.Objects::nonNull)
                .filter(taken::add).toList();
        List<Long> informed = item.informed().stream().map(id).filter(java.util.Objects::nonNull)
                .filter(taken::add).toList();
        return new Responsibilities(a, consulted, informed);
    }

    private WorkTree managedTree(long projectId) {
        WorkTree tree = projects.workTree(projectId).orElseThrow(() -> new AccessDeniedException("Not your project"));
        if (!tree.project().manages()) { // a closed project makes a good template: saving one reads it, changes nothing
            throw new AccessDeniedException("Only the project's manager or an administrator may save it as a template");
        }
        if (tree.roots().isEmpty()) {
            throw new TemplateException("template.error.emptyProject");
        }
        return tree;
    }

    private TemplateBody capture(WorkTree tree, String managerLabel) {
        List<Long> ids = tree.rows().stream().map(WorkItemRow::id).toList();
        Map<Long, Cadence> cadences = new HashMap<>();
        for (TrackedTask task : tracking.tasksOf(tree.project().id())) {
            if (task.cadenceChosen()) {
                cadences.put(task.id(), task.cadence());
            }
        }
        Map<Long, PersonOption> everyone = people.people().stream()
                .collect(Collectors.toMap(PersonOption::id, p -> p, (a, b) -> a, LinkedHashMap::new));
        String label = managerLabel == null || managerLabel.isBlank() ? "PM" : managerLabel.strip();
        return TemplateCapture.capture(tree, responsibilities.of(ids), cadences, risks.register(tree.project().id()),
                everyone, calendars.calendar(), label,
                (department, itemName) -> department == null ? itemName : department + " · " + itemName);
    }

    private boolean mayDelete(PlanTemplate template) {
        return CurrentUser.hasRole("ADMIN")
                || (template.getCreatedById() != null && template.getCreatedById().equals(CurrentUser.personId()));
    }

    private static TemplateSummary summary(BuiltInTemplates.BuiltIn t) {
        return new TemplateSummary(BUILT_IN + t.key(), 0, t.name(), t.description(), true, null, null, null, null,
                t.body().taskCount(), t.body().workingDays(), t.body().placeholders(), false, t.body());
    }

    private TemplateSummary summary(PlanTemplate t, Map<Long, String> names) {
        TemplateBody body = TemplateJson.read(t.getBody());
        return new TemplateSummary(SAVED + t.getId(), t.getVersion(), t.getName(), t.getDescription(), false,
                t.getSourceProjectId(), t.getSourceProjectName(), names.get(t.getCreatedById()), t.getCreatedAt(),
                body.taskCount(), body.workingDays(), body.placeholders(), mayDelete(t), body);
    }

    private static Optional<Long> savedId(String key) {
        if (key == null || !key.startsWith(SAVED)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(SAVED.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String required(String value, int max, String blankKey, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new TemplateException(blankKey);
        }
        if (value.strip().length() > max) {
            throw new TemplateException(tooLongKey, max);
        }
        return value.strip();
    }

    private static String optional(String value, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new TemplateException(tooLongKey, max);
        }
        return value.strip();
    }
}
