package com.campaigntracker.plan;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.schedule.PredecessorCode;
import com.campaigntracker.shared.audit.AuditRevision;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work item's history from the audit trail (R17): its own fields, its predecessors and its A, C
 * and I, newest first. Whoever may see the project may read it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WorkItemHistoryService {

    /** The fields people read in a history, in the order they are listed, with their translation keys. */
    private static final Map<String, Function<WorkItem, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("item.name", WorkItem::getName);
        FIELDS.put("item.description", WorkItem::getDescription);
        FIELDS.put("item.deliverables", WorkItem::getDeliverables);
        FIELDS.put("item.owner", w -> w.getOwner() == null ? null : w.getOwner().getId());
        FIELDS.put("item.plannedStart", WorkItem::getPlannedStart);
        FIELDS.put("item.plannedFinish", WorkItem::getPlannedFinish);
        FIELDS.put("item.actualStart", WorkItem::getActualStart);
        FIELDS.put("item.actualFinish", WorkItem::getActualFinish);
        FIELDS.put("item.level", WorkItem::getLevel);
        FIELDS.put("item.status", WorkItem::getStatus);
        FIELDS.put("item.blockedReason", WorkItem::getBlockedReason);
        FIELDS.put("item.percent", WorkItem::getPercentComplete);
        FIELDS.put("item.risk", WorkItem::getRiskLevel);
        FIELDS.put("item.priority", WorkItem::getPriority);
        FIELDS.put("item.estimate", WorkItem::getEstimateDays);
        FIELDS.put("item.buffer", WorkItem::getBufferPercent);
        FIELDS.put("item.keyTask", WorkItem::isKeyTask);
        FIELDS.put("item.milestone", WorkItem::isMilestone);
        FIELDS.put("item.remarks", WorkItem::getRemarks);
    }

    private final EntityManager entityManager;
    private final ProjectService projects;
    private final WorkItemRepository workItems;
    private final PeopleService people;
    private final org.springframework.beans.factory.ObjectProvider<ResponsibilityStore> responsibilities;
    private final DeliverableAcceptanceRepository acceptances;
    private final org.springframework.beans.factory.ObjectProvider<ItemHistorySource> sources;

    WorkItemHistoryService(EntityManager entityManager, ProjectService projects, WorkItemRepository workItems,
                           PeopleService people,
                           org.springframework.beans.factory.ObjectProvider<ResponsibilityStore> responsibilities,
                           DeliverableAcceptanceRepository acceptances,
                           org.springframework.beans.factory.ObjectProvider<ItemHistorySource> sources) {
        this.sources = sources;
        this.acceptances = acceptances;
        this.responsibilities = responsibilities;
        this.entityManager = entityManager;
        this.projects = projects;
        this.workItems = workItems;
        this.people = people;
    }

    public List<HistoryEntry> history(long itemId) {
        WorkItem item = workItems.findById(itemId).orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        WorkTree tree = projects.workTree(item.getProject().getId())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not your project"));
        Map<Long, String> wbs = tree.rows().stream().collect(Collectors.toMap(WorkItemRow::id, WorkItemRow::wbs));
        List<PersonOption> everyone = people.people();
        Map<Long, String> names = everyone.stream().collect(Collectors.toMap(PersonOption::id, PersonOption::displayName));
        Map<Long, String> accounts = everyone.stream().collect(Collectors.toMap(PersonOption::id, PersonOption::username));
        AuditReader reader = AuditReaderFactory.get(entityManager);

        Map<Integer, HistoryEntry> byRevision = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> states = reader.createQuery().forRevisionsOfEntity(WorkItem.class, false, true)
                .add(AuditEntity.id().eq(itemId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        WorkItem before = null;
        for (Object[] state : states) {
            WorkItem after = (WorkItem) state[0];
            AuditRevision revision = (AuditRevision) state[1];
            RevisionType type = (RevisionType) state[2];
            List<HistoryEntry.Change> changes = new ArrayList<>();
            if (type != RevisionType.DEL) {
                for (var field : FIELDS.entrySet()) {
                    Object was = before == null ? null : field.getValue().apply(before);
                    Object is = field.getValue().apply(after);
                    if (!Objects.equals(was, is)) {
                        changes.add(new HistoryEntry.Change(field.getKey(), person(field.getKey(), was, names),
                                person(field.getKey(), is, names)));
                    }
                }
            }
            HistoryEntry.Kind kind = type == RevisionType.ADD ? HistoryEntry.Kind.CREATED
                    : type == RevisionType.DEL ? HistoryEntry.Kind.DELETED : HistoryEntry.Kind.CHANGED;
            if (!changes.isEmpty() || kind != HistoryEntry.Kind.CHANGED) {
                byRevision.put(revision.getId(), entry(revision, kind, changes, names));
            }
            before = type == RevisionType.DEL ? before : after;
        }

        @SuppressWarnings("unchecked")
        List<Object[]> links = reader.createQuery().forRevisionsOfEntity(Dependency.class, false, true)
                .add(AuditEntity.relatedId("successor").eq(itemId)).addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        for (Object[] state : links) {
            Dependency d = (Dependency) state[0];
            AuditRevision revision = (AuditRevision) state[1];
            RevisionType type = (RevisionType) state[2];
            if (type == RevisionType.MOD) {
                continue;
            }
            String code = new PredecessorCode(wbs.getOrDefault(d.getPredecessor().getId(), "?"), d.getType(),
                    d.getLagDays()).format();
            HistoryEntry.Change change = type == RevisionType.ADD
                    ? new HistoryEntry.Change("item.predecessors", null, code)
                    : new HistoryEntry.Change("item.predecessors", code, null);
            byRevision.merge(revision.getId(), entry(revision, HistoryEntry.Kind.CHANGED, List.of(change), names),
                    (a, b) -> new HistoryEntry(a.when(), a.username(), a.displayName(), a.kind(),
                            concat(a.changes(), b.changes())));
        }
        ResponsibilityStore store = responsibilities.getIfAvailable();
        for (ResponsibilityStore.RoleChange role : store == null ? List.<ResponsibilityStore.RoleChange>of()
                : store.roleHistory(itemId)) {
            String value = role.letter() + " · " + names.getOrDefault(role.personId(), "#" + role.personId());
            HistoryEntry.Change change = role.given() ? new HistoryEntry.Change("history.raci", null, value)
                    : new HistoryEntry.Change("history.raci", value, null);
            byRevision.merge(role.revision().getId(), entry(role.revision(), HistoryEntry.Kind.CHANGED, List.of(change),
                    names), (a, b) -> new HistoryEntry(a.when(), a.username(), a.displayName(), a.kind(),
                    concat(a.changes(), b.changes())));
        }
        // newest first by revision number: two revisions can share a millisecond
        List<Integer> order = new ArrayList<>(byRevision.keySet());
        order.sort(Comparator.reverseOrder());
        List<HistoryEntry> entries = new ArrayList<>(order.stream().map(byRevision::get)
                .map(WorkItemHistoryService::withoutReplacedLinks).toList());
        // the A's decisions, with the comment the R needs, placed by time among the revisions
        for (DeliverableAcceptance decision : acceptances.findDecided(itemId)) {
            String who = decision.getDecidedById() == null ? null : names.get(decision.getDecidedById());
            String account = decision.getDecidedById() == null ? "system"
                    : accounts.getOrDefault(decision.getDecidedById(), "?");
            entries.add(new HistoryEntry(decision.getDecidedAt(), account, who, HistoryEntry.Kind.CHANGED,
                    List.of(new HistoryEntry.Change("history.acceptance", null,
                            new HistoryEntry.Acceptance(Boolean.TRUE.equals(decision.getAccepted()), decision.getComment(),
                                    decision.getJudged().stream().map(JudgedFile::label).toList())))));
        }
        sources.orderedStream().flatMap(source -> source.of(itemId).stream()).forEach(a -> entries.add(new HistoryEntry(
                a.when(), accounts.getOrDefault(a.personId(), "?"), names.get(a.personId()), a.kind(),
                List.of(a.change()))));
        entries.sort(Comparator.comparing(HistoryEntry::when).reversed());
        return entries;
    }

    /** Predecessors typed again are deleted and added in one revision: only what really changed stays. */
    private static HistoryEntry withoutReplacedLinks(HistoryEntry entry) {
        List<Object> removed = entry.changes().stream().filter(c -> "item.predecessors".equals(c.fieldKey())
                && c.after() == null).map(HistoryEntry.Change::before).toList();
        List<Object> added = entry.changes().stream().filter(c -> "item.predecessors".equals(c.fieldKey())
                && c.before() == null).map(HistoryEntry.Change::after).toList();
        List<HistoryEntry.Change> kept = entry.changes().stream().filter(c -> !"item.predecessors".equals(c.fieldKey())
                || (c.after() == null ? !added.contains(c.before()) : !removed.contains(c.after()))).toList();
        return kept.size() == entry.changes().size() ? entry
                : new HistoryEntry(entry.when(), entry.username(), entry.displayName(), entry.kind(), kept);
    }

    private static List<HistoryEntry.Change> concat(List<HistoryEntry.Change> a, List<HistoryEntry.Change> b) {
        List<HistoryEntry.Change> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Object person(String key, Object value, Map<Long, String> names) {
        return "item.owner".equals(key) && value instanceof Long id ? names.getOrDefault(id, "#" + id) : value;
    }

    private static HistoryEntry entry(AuditRevision revision, HistoryEntry.Kind kind, List<HistoryEntry.Change> changes,
                                      Map<Long, String> names) {
        String who = revision.getPersonId() == null ? null : names.get(revision.getPersonId());
        return new HistoryEntry(revision.getInstant(), revision.getUsername(), who, kind, changes);
    }
}
