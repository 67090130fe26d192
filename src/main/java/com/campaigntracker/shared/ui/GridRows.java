package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * A list shown whole while it is short, in a scrolling grid once it is long. A grid showing all its rows asks
 * the server for every row at once, and Vaadin refuses more than ten pages (500 rows) in one request: an
 * administrator's portfolio or warnings list, or an import preview, can be longer than that.
 */
public final class GridRows {

    /** Up to this many rows a grid is as tall as its rows; beyond, it scrolls and loads rows as they show. */
    static final int SHOWN_WHOLE = 200;

    private GridRows() {
    }

    public static <T> void show(Grid<T> grid, List<T> items) {
        boolean whole = items.size() <= SHOWN_WHOLE;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "70vh");
        grid.setItems(items);
    }
}
