package com.campaigntracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every address a module publishes in its Routes class (a constant, or a method of a project's or a
 * year's number) leads to a real {@code @Route}, so a view's address cannot change without its links.
 */
class RoutesTest {

    @Test
    void every_published_address_is_a_route_of_a_view() throws ReflectiveOperationException {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.campaigntracker");
        List<Pattern> views = classes.stream().filter(c -> c.isAnnotatedWith(Route.class))
                .map(c -> c.getAnnotationOfType(Route.class).value())
                .map(r -> Pattern.compile(r.replaceAll(":[^/]+", "[^/]+")))
                .toList();
        List<String> published = new ArrayList<>();
        for (JavaClass routes : classes.stream().filter(c -> c.getSimpleName().endsWith("Routes")).toList()) {
            published.addAll(addresses(routes.reflect()));
        }
        assertThat(published).as("the Routes classes publish addresses").hasSizeGreaterThan(8);
        assertThat(published).allSatisfy(address -> assertThat(views)
                .as(address + " is the route of a view")
                .anyMatch(view -> view.matcher(address.replaceFirst("\\?.*", "")).matches()));
    }

    /** The class's String constants, and what its methods of one number give for 7 (2027 for a year). */
    private static List<String> addresses(Class<?> routes) throws ReflectiveOperationException {
        List<String> found = new ArrayList<>();
        for (Field f : routes.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                found.add((String) f.get(null));
            }
        }
        for (Method m : routes.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == String.class && m.getParameterCount() == 1) {
                Class<?> p = m.getParameterTypes()[0];
                if (p == long.class) {
                    found.add((String) m.invoke(null, 7L));
                } else if (p == int.class) {
                    found.add((String) m.invoke(null, 2027));
                }
            }
        }
        return found;
    }
}
