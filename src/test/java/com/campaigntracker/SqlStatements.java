package com.campaigntracker;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the SELECTs the database server ran while something ran (MariaDB's global {@code Com_select}):
 * every client, JPA and JDBC alike; the tests run one at a time and the scheduled jobs are off.
 */
public final class SqlStatements {

    private final JdbcTemplate jdbc;

    public SqlStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many SELECTs the server ran during the call. */
    public long selectsOf(Runnable call) {
        long before = selects();
        call.run();
        return selects() - before;
    }

    public <T> Counted<T> count(Supplier<T> call) {
        long before = selects();
        T result = call.get();
        return new Counted<>(result, selects() - before);
    }

    public record Counted<T>(T result, long selects) {
    }

    private long selects() {
        return jdbc.queryForObject("show global status like 'Com_select'", (row, n) -> row.getLong(2));
    }
}
