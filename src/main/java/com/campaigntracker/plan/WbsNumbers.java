package com.campaigntracker.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The WBS codes of a tree's items (1, 1.2, 1.2.3) from their parents and positions, in the tree's order. */
final class WbsNumbers {

    private WbsNumbers() {
    }

    /** Each item's code, in the order the tree lists them (a parent before its children, siblings by position). */
    static <T> LinkedHashMap<Long, String> of(Collection<T> items, ToLongFunction<T> id, Function<T, Long> parent,
                                               ToIntFunction<T> position) {
        Map<Long, List<T>> children = new HashMap<>();
        List<T> roots = new ArrayList<>();
        for (T item : items) {
            Long parentId = parent.apply(item);
            if (parentId == null) {
                roots.add(item);
            } else {
                children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(item);
            }
        }
        Comparator<T> byPlace = Comparator.<T>comparingInt(position).thenComparingLong(id);
        LinkedHashMap<Long, String> codes = new LinkedHashMap<>();
        number(roots, "", children, id, byPlace, codes);
        return codes;
    }

    private static <T> void number(List<T> siblings, String prefix, Map<Long, List<T>> children, ToLongFunction<T> id,
                                   Comparator<T> byPlace, Map<Long, String> codes) {
        List<T> sorted = siblings.stream().sorted(byPlace).toList();
        for (int i = 0; i < sorted.size(); i++) {
            long itemId = id.applyAsLong(sorted.get(i));
            String code = prefix + (i + 1);
            codes.put(itemId, code);
            number(children.getOrDefault(itemId, List.of()), code + ".", children, id, byPlace, codes);
        }
    }
}
