package com.campaigntracker.people;

import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.shared.startup.BeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Nobody can administer a database without an enabled administrator (a fresh production one, or one whose
 * administrators were all disabled): with {@code app.initial-admin-password} set, the account {@code admin}
 * gets it (if it follows the password rules; else the start is refused, saying which rule) and must change it
 * at the first sign-in; without it, a one-time set-up link is printed in the log. Set but not needed, it is
 * ignored with a warning. Runs after the demo data (which brings its own administrator), before serving.
 */
@Component
class InitialAdministrator extends BeforeServing {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final PeopleService people;
    private final FirstAdministratorSetup setup;
    private final String password;
    private final String baseUrl;

    InitialAdministrator(PeopleService people, FirstAdministratorSetup setup,
                         @Value("${app.initial-admin-password:}") String password,
                         @Value("${app.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.people = people;
        this.setup = setup;
        this.password = password;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public int getPhase() {
        return PHASE + 1; // after the demo data, which brings its own administrator
    }

    @Override
    protected void prepare() {
        SystemActor.run(() -> {
            if (people.countEnabledAdmins() > 0) {
                if (!password.isBlank()) {
                    log.warn("app.initial-admin-password (APP_INITIAL_ADMIN_PASSWORD) is set but ignored: an administrator"
                            + " exists already. Remove it from the environment.");
                }
                return;
            }
            if (!password.isBlank()) {
                String problem = PasswordPolicy.problem(USERNAME, password);
                if (problem != null) {
                    throw new IllegalStateException("app.initial-admin-password (APP_INITIAL_ADMIN_PASSWORD) breaks the"
                            + " password rules (" + problem + ": at least " + PasswordPolicy.MIN_LENGTH + " characters, not"
                            + " containing the user name 'admin', not a common password). No administrator was created;"
                            + " choose another one, or leave it unset to get a one-time set-up link.");
                }
                people.createFirstAdministrator(USERNAME, "Administrator", password, true, "app.initial-admin-password");
                log.info("Created the administrator account '{}' from app.initial-admin-password; it must choose a new"
                        + " password at its first sign-in", USERNAME);
                return;
            }
            String token = setup.issue();
            log.warn("No administrator can sign in. Open this one-time link within {} hours to create one (it works once;"
                            + " every start without an administrator prints a new one): {}/setup?token={}",
                    FirstAdministratorSetup.VALID_FOR.toHours(), baseUrl, token);
        });
    }
}
