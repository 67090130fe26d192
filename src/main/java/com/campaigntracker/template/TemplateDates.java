package com.campaigntracker.template;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A template's items placed on the working-day calendar from a start date: the start moves to a
 * working day, each item starts its offset in working days later and lasts its duration, so
 * holidays and weekends stretch the plan in calendar days and never hold a start or finish.
 *
 * @param spans per item in the body's order; null for an item without dates
 */
public record TemplateDates(LocalDate start, LocalDate finish, LocalDate committedEnd, List<Span> spans) {

    public record Span(LocalDate start, LocalDate finish) {
    }

    public static TemplateDates place(TemplateBody body, LocalDate requestedStart, WorkingDayCalendar calendar) {
        LocalDate start = calendar.onOrAfter(requestedStart);
        List<Span> spans = new ArrayList<>(body.items().size());
        for (TemplateItem item : body.items()) {
            if (item.startOffset() == null || item.duration() == null) {
                spans.add(null);
                continue;
            }
            LocalDate itemStart = calendar.shift(start, item.startOffset());
            LocalDate itemFinish = calendar.finishFor(itemStart, item.duration());
            spans.add(new Span(itemStart, itemFinish));
        }
        rollUpParents(body.items(), spans);
        LocalDate finish = spans.stream().filter(java.util.Objects::nonNull).map(Span::finish)
                .max(LocalDate::compareTo).orElse(start);
        LocalDate committedEnd = body.committedEndOffset() == null ? null
                : calendar.shift(start, body.committedEndOffset());
        return new TemplateDates(start, finish, committedEnd, java.util.Collections.unmodifiableList(spans));
    }

    /** A Phase or Module spans its children (R1); the items come in table order, children after their parent. */
    private static void rollUpParents(List<TemplateItem> items, List<Span> spans) {
        for (int i = items.size() - 1; i >= 0; i--) {
            int depth = items.get(i).level().depth();
            LocalDate first = null;
            LocalDate last = null;
            for (int j = i + 1; j < items.size() && items.get(j).level().depth() > depth; j++) {
                Span child = spans.get(j);
                if (child != null) {
                    first = first == null || child.start().isBefore(first) ? child.start() : first;
                    last = last == null || child.finish().isAfter(last) ? child.finish() : last;
                }
            }
            if (first != null) {
                spans.set(i, new Span(first, last));
            }
        }
    }
}
