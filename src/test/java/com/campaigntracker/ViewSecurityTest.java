package com.campaigntracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vaadin denies a view without a security annotation; this keeps every view's access a decision, not an accident. */
class ViewSecurityTest {

    private static final List<Class<?>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void every_view_states_who_may_open_it_and_only_the_login_and_set_up_pages_are_open_to_anonymous_users() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("com.campaigntracker").scan()) {
            List<Class<?>> views = scan.getClassesWithAnnotation(Route.class.getName()).loadClasses();
            assertThat(views).hasSizeGreaterThanOrEqualTo(3);
            for (Class<?> view : views) {
                assertThat(ACCESS_ANNOTATIONS.stream().filter(a -> view.isAnnotationPresent(a.asSubclass(
                        java.lang.annotation.Annotation.class))).count()).as(view.getName()).isEqualTo(1);
            }
            assertThat(views.stream().filter(v -> v.isAnnotationPresent(AnonymousAllowed.class)))
                    .extracting(Class::getSimpleName).containsExactlyInAnyOrder("LoginView", "SetupView"); // the set-up page checks its one-time token
        }
    }
}
