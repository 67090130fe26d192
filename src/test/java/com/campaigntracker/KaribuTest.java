package com.campaigntracker;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Views in a browserless Vaadin (Karibu-Testing) over the real Spring context and database. */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService users;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    /** Like Karibu's autoDiscoverViews, but also finds our package-private views. */
    private static Routes discoverRoutes() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("com.campaigntracker").scan()) {
            Set<Class<? extends Component>> views = new HashSet<>(
                    scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class));
            views.addAll(scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses(Component.class));
            return new Routes(views, new HashSet<>(), true);
        }
    }

    /** Signs in as a form login would, including what Vaadin's navigation access control reads. */
    protected void signIn(String username) {
        Authentication auth = SignIn.as(users, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected void useLocale(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }

    /** The text of the notification opened last, or empty when none is open. */
    protected static String lastNotification() {
        java.util.List<com.vaadin.flow.component.notification.Notification> shown =
                com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        return shown.isEmpty() ? "" : shown.get(shown.size() - 1).getElement().getProperty("text");
    }
}
