package com.campaigntracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The module boundaries that {@link ModularityTest} cannot see: where Vaadin may be used, whose UI
 * packages and repositories are private, how entities of two feature modules refer to each other, and
 * that addresses of pages are published by a module's Routes class, not built by its services. A module
 * is the package right below {@code com.campaigntracker}.
 */
class ArchitectureRulesTest {

    private static final String ROOT = "com.campaigntracker";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Where the app meets Vaadin outside a UI package: the app shell, translations, sign-in. */
    private static final Set<String> VAADIN_INTEGRATION_POINTS = Set.of(
            ROOT + ".Application",                               // @Push, the AppShellConfigurator
            ROOT + ".shared.i18n.TranslationProvider",           // Vaadin's I18NProvider
            ROOT + ".shared.i18n.LocaleInitializer",             // a VaadinServiceInitListener
            ROOT + ".people.security.SecurityConfiguration");    // VaadinWebSecurity

    /** The ground floor every feature may point at with a JPA relation. */
    private static final Set<String> SHARED_ENTITIES = Set.of(ROOT + ".people.Person", ROOT + ".people.Department");

    @Test
    void vaadin_is_used_only_in_ui_packages_the_two_components_and_named_integration_points() {
        noClasses().that().resideOutsideOfPackages("..ui..", ROOT + ".gantt..", ROOT + ".chart..")
                .and(DescribedPredicate.not(namedIn(VAADIN_INTEGRATION_POINTS)))
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("services and entities must stay usable without a browser session (an API, a job), "
                        + "so Vaadin stays in the ui packages and the places that plug the app into it")
                .check(CLASSES);
    }

    @Test
    void no_module_uses_another_modules_ui_package() {
        classes().should(new ArchCondition<>("use no ui package of another module (shared.ui is the UI kit)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (isUi(target) && !moduleOf(target).equals("shared") && !moduleOf(target).equals(moduleOf(origin))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).because("a module's pages are its own; others link to them through its Routes class")
                .check(CLASSES);
    }

    @Test
    void only_ui_packages_refer_to_views() { // and the sign-in's configuration, which names its page to Vaadin
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and(DescribedPredicate.not(namedIn(Set.of(ROOT + ".people.security.SecurityConfiguration"))))
                .should().dependOnClassesThat().areAnnotatedWith(Route.class)
                .because("a service links to a page by the address its module publishes in its Routes class")
                .check(CLASSES);
    }

    @Test
    void entities_of_feature_modules_refer_to_each_other_by_id() {
        classes().that().areAnnotatedWith(Entity.class)
                .should(new ArchCondition<>("have no JPA relation to another feature module's entity") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        for (JavaField field : entity.getFields()) {
                            if (!isRelation(field)) {
                                continue;
                            }
                            for (JavaClass target : relationTargets(field)) {
                                if (!moduleOf(target).equals(moduleOf(entity)) && !SHARED_ENTITIES.contains(target.getName())) {
                                    events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                            + " is a relation to " + target.getName() + " of module " + moduleOf(target)));
                                }
                            }
                        }
                    }
                })
                .because("each feature module loads and locks its own entities; another module's rows are "
                        + "referred to by id and read through its service (people.Person is the ground floor)")
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_in_their_own_module() {
        classes().that().areAssignableTo(Repository.class)
                .should(new ArchCondition<>("be used only in their own module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        for (Dependency d : repository.getDirectDependenciesToSelf()) {
                            if (!moduleOf(d.getOriginClass()).equals(moduleOf(repository))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .because("a module's tables are read and written by its own services, which keep its rules")
                .check(CLASSES);
    }

    /**
     * Services never spell a page's address. Bytecode cannot tell a literal from an inlined constant of a
     * Routes class, so this reads the sources: outside ui packages and the Routes classes no string
     * literal may be an address of the app ({@code @Route} values, or a path below them like
     * {@code "projects/"}).
     */
    @Test
    void only_routes_classes_spell_addresses_outside_ui_packages() throws IOException {
        Set<String> routes = CLASSES.stream().filter(c -> c.isAnnotatedWith(Route.class))
                .map(c -> c.getAnnotationOfType(Route.class).value())
                .filter(r -> !r.isEmpty())
                .map(r -> r.contains("/:") ? r.substring(0, r.indexOf("/:")) : r)
                .collect(Collectors.toSet());
        // literals that are not addresses though they read like one
        Map<String, Set<String>> notAddresses = Map.of(
                "report/ReviewReportContent.java", Set.of("escalations"),  // a field of the report template
                "people/SignInThrottle.java", Set.of("account"));          // "account" or "address" in a log line
        Path main = Path.of("src/main/java/com/campaigntracker");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = main.relativize(file).toString().replace('\\', '/');
                if (name.contains("/ui/") || name.endsWith("Routes.java") || name.endsWith("package-info.java")) {
                    continue;
                }
                for (String literal : JavaLiterals.strings(Files.readString(file))) {
                    boolean address = routes.stream().anyMatch(r -> literal.equals(r) || literal.startsWith(r + "/")
                            || literal.startsWith(r + "?"));
                    if (address && !notAddresses.getOrDefault(name, Set.of()).contains(literal)) {
                        found.add(name + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("addresses spelled outside ui packages; ask the module's Routes class instead")
                .isEmpty();
    }

    static String moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return pkg.equals(ROOT) ? "" : pkg;
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isUi(JavaClass c) {
        String pkg = c.getPackageName();
        String module = moduleOf(c);
        return pkg.startsWith(ROOT + ".") && (pkg.equals(ROOT + "." + module + ".ui")
                || pkg.startsWith(ROOT + "." + module + ".ui."));
    }

    private static boolean isRelation(JavaField field) {
        return field.isAnnotatedWith(ManyToOne.class) || field.isAnnotatedWith(OneToMany.class)
                || field.isAnnotatedWith(OneToOne.class) || field.isAnnotatedWith(ManyToMany.class);
    }

    /** The field's type, or the element type of a collection. */
    private static List<JavaClass> relationTargets(JavaField field) {
        JavaType type = field.getType();
        if (type instanceof JavaParameterizedType parameterized) {
            return parameterized.getActualTypeArguments().stream().map(JavaType::toErasure).toList();
        }
        return List.of(field.getRawType());
    }

    private static DescribedPredicate<JavaClass> namedIn(Set<String> names) {
        return DescribedPredicate.describe("one of " + names,
                c -> names.contains(c.getName()) || c.getEnclosingClass().map(e -> names.contains(e.getName())).orElse(false));
    }
}
