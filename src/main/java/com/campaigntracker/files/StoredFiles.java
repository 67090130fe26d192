package com.campaigntracker.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code task_file} rows: written once, never changed; read by task, by project or one by id. */
@Repository
class StoredFiles {

    private static final String COLUMNS = "id, project_id, work_item_id, item_name, name, version_no, size_bytes,"
            + " sha256, content_type, preview, store, storage_key, uploaded_by_id, uploaded_at";

    private final JdbcTemplate jdbc;

    StoredFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(StoredFile f) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into task_file (project_id, work_item_id, item_name, name, version_no,"
                    + " size_bytes, sha256, content_type, preview, store, storage_key, uploaded_by_id, uploaded_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, f.projectId());
            s.setLong(2, f.itemId());
            s.setString(3, f.itemName());
            s.setString(4, f.name());
            s.setInt(5, f.version());
            s.setLong(6, f.size());
            s.setString(7, f.sha256());
            s.setString(8, f.contentType());
            s.setBoolean(9, f.preview());
            s.setString(10, f.store());
            s.setString(11, f.storageKey());
            s.setLong(12, f.uploadedById());
            s.setTimestamp(13, Timestamp.from(f.uploadedAt()), utc());
            return s;
        }, key);
        return key.getKey().longValue();
    }

    /** The next version number of the name on the task, the task's existing versions locked against a twin upload. */
    int nextVersion(long itemId, String name) {
        Integer last = jdbc.queryForObject("select max(version_no) from task_file where work_item_id = ? and name = ?"
                + " for update", Integer.class, itemId, name);
        return last == null ? 1 : last + 1;
    }

    Optional<StoredFile> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from task_file where id = ?", StoredFiles::row, id).stream()
                .findFirst();
    }

    /** The task's files, by name, newest version first. */
    List<StoredFile> ofItem(long itemId) {
        return jdbc.query("select " + COLUMNS + " from task_file where work_item_id = ? order by name, version_no desc",
                StoredFiles::row, itemId);
    }

    /** Every file of the project, by task and name, newest version first. */
    List<StoredFile> ofProject(long projectId) {
        return jdbc.query("select " + COLUMNS + " from task_file where project_id = ?"
                + " order by work_item_id, name, version_no desc", StoredFiles::row, projectId);
    }

    /** The project's files whose task has been deleted from its plan. */
    List<StoredFile> ofDeletedItems(long projectId) {
        return jdbc.query("select " + COLUMNS + " from task_file f where project_id = ? and not exists"
                + " (select 1 from work_item w where w.id = f.work_item_id)", StoredFiles::row, projectId);
    }

    void delete(long id) {
        jdbc.update("delete from task_file where id = ?", id);
    }

    /** As Hibernate keeps an Instant: the UTC wall clock, whatever the JVM's zone. */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    private static StoredFile row(ResultSet rs, int i) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("work_item_id"),
                rs.getString("item_name"), rs.getString("name"), rs.getInt("version_no"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("content_type"), rs.getBoolean("preview"), rs.getString("store"),
                rs.getString("storage_key"), rs.getLong("uploaded_by_id"),
                rs.getTimestamp("uploaded_at", utc()).toInstant());
    }
}
