package com.campaigntracker.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A refresh of My Tasks ends with exactly the wanted children, and leaves in place what was already in order. */
class MyTasksReconcileTest {

    @Test
    void a_changed_card_is_replaced_and_the_others_are_not_touched() {
        List<Component> cards = spans(5);
        Div list = new Div(cards.toArray(Component[]::new));
        new UI().add(list); // detaching is seen only in a UI
        List<Component> wanted = new ArrayList<>(cards);
        Span changed = new Span("new");
        wanted.set(2, changed);
        List<Component> removed = new ArrayList<>();
        cards.forEach(c -> c.addDetachListener(e -> removed.add(c)));

        MyTasksView.reconcile(list, wanted);

        assertThat(list.getChildren().toList()).containsExactlyElementsOf(wanted);
        assertThat(removed).containsExactly(cards.get(2));
    }

    @Test
    void any_change_of_order_additions_and_removals_ends_in_the_wanted_order() {
        Random random = new Random(21);
        for (int round = 0; round < 500; round++) {
            List<Component> pool = spans(random.nextInt(12));
            List<Component> before = new ArrayList<>(pool.stream().filter(c -> random.nextBoolean()).toList());
            Collections.shuffle(before, random);
            Div list = new Div(before.toArray(Component[]::new));
            List<Component> wanted = new ArrayList<>(pool.stream().filter(c -> random.nextBoolean()).toList());
            Collections.shuffle(wanted, random);

            MyTasksView.reconcile(list, wanted);

            assertThat(list.getChildren().toList()).containsExactlyElementsOf(wanted);
        }
    }

    @Test
    void the_longest_run_in_order_is_kept() {
        boolean[] kept = MyTasksView.longestIncreasingRun(new int[] {0, 1, 5, 2, 3, 4});
        assertThat(kept).containsExactly(true, true, false, true, true, true);
        assertThat(MyTasksView.longestIncreasingRun(new int[0])).isEmpty();
    }

    private static List<Component> spans(int n) {
        List<Component> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            spans.add(new Span("card " + i));
        }
        return spans;
    }
}
