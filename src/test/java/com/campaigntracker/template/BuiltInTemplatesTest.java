package com.campaigntracker.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.excel.ProgressTableReader;
import com.campaigntracker.plan.excel.ProgressTableRow;

import com.campaigntracker.schedule.PredecessorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three shipped templates: readable in both languages with every text in both, every place
 * they name declared, predecessors that exist and hold on the offsets; the new-product launch is
 * the users' example table.
 */
class BuiltInTemplatesTest {

    private final BuiltInTemplates builtIns = new BuiltInTemplates();

    static List<String> keys() {
        return BuiltInTemplates.KEYS;
    }

    @Test
    void three_campaign_types_ship_in_chinese_and_english() {
        assertThat(builtIns.all(Locale.SIMPLIFIED_CHINESE)).extracting(BuiltInTemplates.BuiltIn::name)
                .containsExactly("新品上市推广", "节日促销活动", "品牌联名策划");
        assertThat(builtIns.all(Locale.ENGLISH)).extracting(BuiltInTemplates.BuiltIn::name)
                .containsExactly("New-product launch", "Holiday promotion", "Co-branding");
    }

    @ParameterizedTest
    @MethodSource("keys")
    void every_text_is_written_in_both_languages(String key) {
        assertBothLanguages(BuiltInTemplates.raw(key), key);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void places_predecessors_and_offsets_agree(String key) {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            TemplateBody body = builtIns.find(key, locale).orElseThrow().body();
            List<String> wbs = body.wbs();
            Map<String, TemplateItem> byWbs = new HashMap<>();
            for (int i = 0; i < wbs.size(); i++) {
                byWbs.put(wbs.get(i), body.items().get(i));
            }
            for (TemplateItem item : body.items()) {
                assertThat(item.name()).isNotBlank();
                item.people().forEach(p -> assertThat(body.placeholder(p)).as("%s names %s", item.name(), p).isPresent());
                boolean leaf = isLeaf(body, item);
                if (leaf) {
                    assertThat(item.startOffset()).as(item.name()).isNotNull().isNotNegative();
                    assertThat(item.duration()).as(item.name()).isPositive();
                    assertThat(item.deliverables()).as(item.name()).isNotBlank();
                    assertThat(item.responsible()).as(item.name()).isNotNull();
                }
                if (item.predecessors() == null) {
                    continue;
                }
                for (PredecessorCode code : PredecessorCode.parseList(item.predecessors())) {
                    TemplateItem predecessor = byWbs.get(code.wbs());
                    assertThat(predecessor).as("%s: %s", item.name(), code.wbs()).isNotNull();
                    int earliest = switch (code.type()) {
                        case FS -> predecessor.startOffset() + predecessor.duration() + code.lag();
                        case SS -> predecessor.startOffset() + code.lag();
                        default -> throw new AssertionError("the built-ins link finish-to-start or start-to-start");
                    };
                    assertThat(item.startOffset()).as("%s after %s", item.name(), predecessor.name())
                            .isGreaterThanOrEqualTo(earliest);
                }
            }
            assertThat(body.placeholders()).filteredOn(Placeholder::manager).hasSize(1);
            assertThat(body.committedEndOffset()).isGreaterThanOrEqualTo(body.workingDays() - 1);
        }
    }

    @Test
    void the_new_product_launch_is_the_users_example_table() throws Exception {
        List<ProgressTableRow> table;
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-progress-table.xlsx")) {
            table = new ProgressTableReader().read(in.readAllBytes()).rowsOrThrow();
        }
        TemplateBody body = builtIns.find("new-product-launch", Locale.SIMPLIFIED_CHINESE).orElseThrow().body();
        assertThat(body.items()).extracting(TemplateItem::name)
                .containsExactlyElementsOf(table.stream().map(ProgressTableRow::name).toList());
        assertThat(body.items()).extracting(TemplateItem::level)
                .containsExactlyElementsOf(table.stream().map(ProgressTableRow::level).toList());
        assertThat(body.items()).extracting(TemplateItem::deliverables)
                .containsExactlyElementsOf(table.stream().map(ProgressTableRow::deliverables).toList());
        assertThat(body.items()).extracting(TemplateItem::description)
                .containsExactlyElementsOf(table.stream().map(ProgressTableRow::description).toList());

        // the table's dates as working days from its first day, Monday to Friday
        WorkingDayCalendar calendar = WorkingDayCalendar.mondayToFriday();
        var first = table.get(0).plannedStart();
        Map<String, Set<String>> placesOf = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            ProgressTableRow row = table.get(i);
            TemplateItem item = body.items().get(i);
            placesOf.computeIfAbsent(row.ownerName(), k -> new HashSet<>()).add(item.responsible());
            if (item.level() != WorkItemLevel.TASK && isParentInTable(table, i)) {
                continue;
            }
            var start = calendar.onOrAfter(row.plannedStart());
            assertThat(item.startOffset()).as(row.name()).isEqualTo(calendar.workingDaysBetween(first, start) - 1);
            assertThat(item.duration()).as(row.name()).isEqualTo(calendar.workingDaysBetween(start, row.plannedFinish()));
        }
        // one place per person of the table, a different one for each, the manager's for 张经理
        assertThat(placesOf).hasSizeGreaterThan(1);
        placesOf.forEach((owner, places) -> assertThat(places).as("%s", owner).hasSize(1).doesNotContainNull());
        assertThat(placesOf.get("张经理")).containsExactly(Placeholder.MANAGER_KEY);
        assertThat(placesOf.values().stream().map(places -> places.iterator().next()).toList()).doesNotHaveDuplicates();
        assertThat(body.placeholder("designer").orElseThrow().department()).isEqualTo("设计部");
        assertThat(builtIns.find("new-product-launch", Locale.ENGLISH).orElseThrow().body().placeholder("designer")
                .orElseThrow().label()).isEqualTo("设计部 designer");
        assertThat(body.workingDays()).isEqualTo(calendar.workingDaysBetween(first, table.get(0).plannedFinish()));
    }

    private static boolean isParentInTable(List<ProgressTableRow> table, int i) {
        return i + 1 < table.size() && table.get(i + 1).level().depth() > table.get(i).level().depth();
    }

    private static boolean isLeaf(TemplateBody body, TemplateItem item) {
        int i = body.items().indexOf(item);
        return i + 1 >= body.items().size() || body.items().get(i + 1).level().depth() <= item.level().depth();
    }

    /** Fields people read: never a plain string in one language. */
    private static final java.util.Set<String> TEXTS = java.util.Set.of("name", "description", "deliverables", "goal",
            "unit", "label", "mitigation");

    private static void assertBothLanguages(JsonNode node, String where) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (TEXTS.contains(f.getKey())) {
                    assertThat(f.getValue().isObject()).as("%s.%s in both languages", where, f.getKey()).isTrue();
                }
            });
            if (node.has("zh") || node.has("en")) {
                assertThat(node.has("zh") && node.has("en")).as("%s: %s", where, node).isTrue();
                assertThat(node.get("zh").asText()).as(where).isNotBlank();
                assertThat(node.get("en").asText()).as(where).isNotBlank();
                return;
            }
            node.fields().forEachRemaining(f -> assertBothLanguages(f.getValue(), where + "." + f.getKey()));
        } else if (node.isArray()) {
            node.forEach(element -> assertBothLanguages(element, where));
        }
    }
}
