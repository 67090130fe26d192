package com.campaigntracker.tracking;

import java.time.LocalDate;
import java.util.List;

/**
 * How many open tasks each person holds across projects, week by week: a task counts in every week
 * its planned span touches until it is done.
 *
 * @param weeks the Mondays of the weeks shown
 */
public record Workload(List<LocalDate> weeks, List<PersonLoad> people) {

    /** More open tasks than this in one week is an overload. */
    public static final int OVERLOAD = 4;

    /** @param openTasks per week, in the order of {@link Workload#weeks} */
    public record PersonLoad(long personId, String name, List<Integer> openTasks, List<String> projects) {

        public int peak() {
            return openTasks.stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }
}
