package com.campaigntracker.plan.excel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The column choices each person made for a layout of headers (its {@link TableHeader#signature()}),
 * kept so that the next file with the same headers is read the same way. A stored choice naming a field
 * this version does not know is skipped.
 */
@Component
class ColumnMappingStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ColumnMappingStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Map<Integer, Optional<ProgressTableColumn>>> find(long personId, String signature) {
        List<String> found = jdbc.queryForList(
                "select choices from import_column_mapping where person_id = ? and header_signature = ?",
                String.class, personId, signature);
        return found.isEmpty() ? Optional.empty() : Optional.of(parse(found.get(0)));
    }

    void remember(long personId, String signature, Map<Integer, Optional<ProgressTableColumn>> choices) {
        jdbc.update("""
                insert into import_column_mapping (person_id, header_signature, choices, updated_at) values (?, ?, ?, ?)
                on duplicate key update choices = values(choices), updated_at = values(updated_at)""",
                personId, signature, format(choices), Timestamp.valueOf(LocalDateTime.now(clock)));
    }

    static String format(Map<Integer, Optional<ProgressTableColumn>> choices) {
        return choices.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().map(Enum::name).orElse("-"))
                .collect(Collectors.joining(","));
    }

    static Map<Integer, Optional<ProgressTableColumn>> parse(String text) {
        Map<Integer, Optional<ProgressTableColumn>> choices = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                continue;
            }
            try {
                int column = Integer.parseInt(parts[0].strip());
                choices.put(column, parts[1].equals("-") ? Optional.empty()
                        : Optional.of(ProgressTableColumn.valueOf(parts[1].strip())));
            } catch (IllegalArgumentException ignored) {
                // a field renamed since: that column is guessed again
            }
        }
        return choices;
    }
}
