package com.campaigntracker.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads whole plans as {@link ItemFields} straight from JDBC: a 10,000-task Gantt's 11,224 rows cost a
 * third of its timeline through Hibernate's constructor expression (every date through a
 * {@code java.util.Calendar}); read here they cost a fraction of that. What the surrounding
 * transaction changed is flushed first, as the JPQL query's automatic flush did.
 */
@Component
class ItemFieldsReader {

    private static final String SELECT = "select w.id, w.version, w.parent_id, w.project_id, w.level, w.position,"
            + " w.name, w.description, w.deliverables, o.id, o.display_name, w.planned_start, w.planned_finish,"
            + " w.actual_start, w.actual_finish, w.status, w.blocked_reason, w.percent_complete, w.risk_level,"
            + " w.remarks, w.priority, w.estimate_days, w.buffer_percent, w.key_task, w.milestone"
            + " from work_item w left join person o on o.id = w.owner_id where w.project_id in (:projectIds)";

    private final NamedParameterJdbcTemplate jdbc;
    /** Flushes through the repository, whose proxy turns JPA's exceptions into Spring's, as the query did. */
    private final WorkItemRepository workItems;

    ItemFieldsReader(NamedParameterJdbcTemplate jdbc, WorkItemRepository workItems) {
        this.jdbc = jdbc;
        this.workItems = workItems;
    }

    /** Every item of the projects (none when the list is empty). */
    List<ItemFields> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            workItems.flush();
        }
        return jdbc.query(SELECT, Map.of("projectIds", projectIds), (rs, n) -> row(rs));
    }

    private static ItemFields row(ResultSet rs) throws SQLException {
        return new ItemFields(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getLong(4),
                WorkItemLevel.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getObject(10, Long.class), rs.getString(11), rs.getObject(12, LocalDate.class),
                rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class),
                ProgressStatus.valueOf(rs.getString(16)), rs.getString(17), rs.getInt(18),
                enumOrNull(RiskLevel.class, rs.getString(19)), rs.getString(20), Priority.valueOf(rs.getString(21)),
                rs.getObject(22, Integer.class), rs.getInt(23), rs.getBoolean(24), rs.getBoolean(25));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
