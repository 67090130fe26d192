package com.campaigntracker.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.KaribuTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Role;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The side navigation offers each person the pages their role may open, whoever signed in before them. */
class MainLayoutUiTest extends KaribuTest {

    private static final List<String> ADMIN_PAGES = List.of("admin/people", "admin/audit", "admin/mail", "admin/calendar");

    @Autowired
    PeopleService people;

    @Test
    void members_managers_and_administrators_each_see_their_own_menu_in_turn() {
        SignIn.as(users, "admin");
        String prefix = "menu" + System.nanoTime() % 1_000_000;
        people.createPerson(prefix + "m", "菜单成员", Role.MEMBER, null, "secret");
        people.createPerson(prefix + "p", "菜单经理", Role.MANAGER, null, "secret");
        for (int round = 0; round < 2; round++) { // the second round is answered from what the first worked out
            List<String> member = menuOf(prefix + "m");
            assertThat(member).contains("my-tasks", "portfolio", "projects").doesNotContain("projects/import",
                    "templates").doesNotContainAnyElementsOf(ADMIN_PAGES);
            List<String> manager = menuOf(prefix + "p");
            assertThat(manager).contains("my-tasks", "projects/import", "templates")
                    .doesNotContainAnyElementsOf(ADMIN_PAGES);
            List<String> admin = menuOf("admin");
            assertThat(admin).contains("my-tasks", "projects/import").containsAll(ADMIN_PAGES);
        }
    }

    /** The layout as a page load of this person builds it. */
    private List<String> menuOf(String username) {
        signIn(username);
        MainLayout layout = new MainLayout(context.getBean(AuthenticationContext.class),
                context.getBeanProvider(NavbarWidget.class));
        return _find(layout, SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }
}
