package com.campaigntracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module overview in {@code docs/modules} (the C4 component diagram of all modules and one diagram
 * per module, in PlantUML) is what Spring Modulith's Documenter writes today. No module canvases: in
 * Modulith 1.4.4 they read the Javadoc extract with Spring Boot's BasicJsonParser, which fails on this
 * project's extract (JsonParseException), and testCompile overwrites that extract with the tests' own. A normal run
 * writes into {@code target/} and compares, so the build never changes the source tree; after a change
 * of the modules, regenerate with
 * {@code ./mvnw -B -o test -Dtest=ModuleDocumentationTest -Ddocs.modules=write -Dvaadin.skip}.
 */
class ModuleDocumentationTest {

    private static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void the_committed_module_overview_is_current() throws IOException {
        boolean write = "write".equals(System.getProperty("docs.modules"));
        Path folder = write ? COMMITTED : Path.of("target/modules-docs");
        new Documenter(ApplicationModules.of(Application.class),
                Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        sortRelations(folder);
        if (!write) {
            assertThat(contents(COMMITTED))
                    .as("docs/modules is what the Documenter writes; regenerate it with -Ddocs.modules=write")
                    .isEqualTo(contents(folder));
        }
    }

    private static boolean listed(String line) {
        return line.startsWith("Rel(") || line.strip().startsWith("Component(");
    }

    /** The Documenter lists components and relations in no stable order; sorted, the files change only with the modules. */
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(p));
                for (int start = 0; start < lines.size(); start++) {
                    int end = start;
                    while (end < lines.size() && listed(lines.get(end))) {
                        end++;
                    }
                    Collections.sort(lines.subList(start, end));
                    start = end;
                }
                Files.write(p, lines);
            }
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
