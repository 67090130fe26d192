package com.campaigntracker.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridRowsTest {

    @Test
    void a_short_list_is_shown_whole() {
        Grid<Integer> grid = new Grid<>();
        GridRows.show(grid, rows(GridRows.SHOWN_WHOLE));
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getHeight()).isNull();
    }

    /** All rows visible makes the browser ask for every row at once, which Vaadin refuses beyond ten pages. */
    @Test
    void a_long_list_scrolls_and_a_short_one_after_it_is_whole_again() {
        Grid<Integer> grid = new Grid<>();
        GridRows.show(grid, rows(grid.getPageSize() * 10 + 1));
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getHeight()).isEqualTo("70vh");
        GridRows.show(grid, rows(3));
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getHeight()).isNull();
    }

    private static List<Integer> rows(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
