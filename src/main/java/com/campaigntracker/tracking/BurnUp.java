package com.campaigntracker.tracking;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's burn-up: at each weekly checkpoint day from its start to its finish, the planned % (each
 * task's expected % weighted by its planned working days) against the actual % (its checkpoint, or
 * 100 once finished, 0 before it started); today's actual % ends the actual line.
 */
final class BurnUp {

    /** One task as the burn-up weighs it. */
    record Task(long id, LocalDate plannedStart, LocalDate plannedFinish, int weight, LocalDate actualStart,
                LocalDate actualFinish, int percentNow) {
    }

    private BurnUp() {
    }

    /** @param recorded checkpoint % by task id and checkpoint day */
    static List<ProjectDashboard.BurnUpPoint> of(List<Task> tasks, Map<Long, Map<LocalDate, Integer>> recorded,
                                                 LocalDate today, WorkingDayCalendar calendar) {
        List<Task> dated = tasks.stream().filter(t -> t.plannedStart() != null && t.plannedFinish() != null).toList();
        if (dated.isEmpty()) {
            return List.of();
        }
        LocalDate start = dated.stream().map(Task::plannedStart).min(LocalDate::compareTo).orElseThrow();
        LocalDate finish = dated.stream().map(Task::plannedFinish).max(LocalDate::compareTo).orElseThrow();
        long total = dated.stream().mapToLong(Task::weight).sum();
        List<ProjectDashboard.BurnUpPoint> points = new ArrayList<>();
        LocalDate last = finish.isAfter(today) ? finish : today;
        for (LocalDate d = CheckpointService.checkpointDayOf(start); !d.isAfter(CheckpointService.checkpointDayOf(last));
             d = d.plusWeeks(1)) {
            if (!d.equals(today)) {
                points.add(point(dated, recorded, d, today, total, calendar));
            }
        }
        points.add(point(dated, recorded, today, today, total, calendar));
        points.sort(java.util.Comparator.comparing(ProjectDashboard.BurnUpPoint::day));
        return points;
    }

    private static ProjectDashboard.BurnUpPoint point(List<Task> tasks, Map<Long, Map<LocalDate, Integer>> recorded,
                                                      LocalDate day, LocalDate today, long total,
                                                      WorkingDayCalendar calendar) {
        long planned = 0;
        long actual = 0;
        for (Task t : tasks) {
            planned += (long) t.weight() * ExpectedProgress.on(day, t.plannedStart(), t.plannedFinish(), calendar);
            actual += (long) t.weight() * actualOn(t, recorded.getOrDefault(t.id(), Map.of()), day, today);
        }
        return new ProjectDashboard.BurnUpPoint(day, (int) (planned / total),
                day.isAfter(today) ? null : (int) (actual / total));
    }

    private static int actualOn(Task t, Map<LocalDate, Integer> recorded, LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return t.percentNow();
        }
        if (t.actualFinish() != null && !t.actualFinish().isAfter(day)) {
            return 100;
        }
        Integer checkpoint = recorded.get(day);
        if (checkpoint != null) {
            return checkpoint;
        }
        if (t.actualStart() == null || t.actualStart().isAfter(day)) {
            return 0;
        }
        // started but no checkpoint that week (recorded before tracking began): the last one before, else 0
        return recorded.entrySet().stream().filter(e -> e.getKey().isBefore(day))
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(0);
    }
}
