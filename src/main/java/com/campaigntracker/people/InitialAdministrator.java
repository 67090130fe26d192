package com.campaigntracker.people;

import com.campaigntracker.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import com.campaigntracker.shared.startup.BeforeServing;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has nobody who could sign in: with {@code app.initial-admin-password}
 * set, the account {@code admin} is created while the database holds no person. Runs after demo data,
 * before the server takes requests.
 */
@Component
class InitialAdministrator extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final PeopleService people;
    private final String password;

    InitialAdministrator(PeopleService people, @Value("${app.initial-admin-password:}") String password) {
        this.people = people;
        this.password = password;
    }

    @Override
    public int getPhase() {
        return PHASE + 1; // after the demo data, which brings its own administrator
    }

    @Override
    protected void prepare() {
        if (password.isBlank()) {
            return;
        }
        SystemActor.run(() -> {
            if (people.countPeople() == 0) {
                people.createPerson("admin", "Administrator", Role.ADMIN, null, password);
                log.info("Created the administrator account 'admin' from app.initial-admin-password");
            }
        });
    }
}
