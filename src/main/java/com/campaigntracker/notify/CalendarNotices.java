package com.campaigntracker.notify;

import com.campaigntracker.calendar.CalendarRoutes;
import com.campaigntracker.calendar.HolidaysNotEntered;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.people.Role;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the administrators, once per year, that a plan reaches into a year without entered holidays. */
@Component
class CalendarNotices {

    private final Notifier notifier;
    private final PeopleService people;

    CalendarNotices(Notifier notifier, PeopleService people) {
        this.notifier = notifier;
        this.people = people;
    }

    @EventListener
    void on(HolidaysNotEntered e) {
        List<Long> admins = people.people().stream().filter(p -> p.role() == Role.ADMIN).map(PersonOption::id).toList();
        notifier.notify(new Notification(admins, null, "notice.holidaysNotEntered",
                List.of(String.valueOf(e.year())), CalendarRoutes.year(e.year())));
    }
}
