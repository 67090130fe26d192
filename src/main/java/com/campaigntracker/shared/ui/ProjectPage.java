package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The start every project page shares (routes {@code projects/:projectId/...}): the project id from the
 * route, then what the page shows, loaded by its service, or "not found". A project that does not exist
 * and one the user may not see get the same answer, so nobody learns which projects exist.
 */
public final class ProjectPage {

    /** The route parameter every project page has. */
    public static final String PROJECT_ID = "projectId";

    private ProjectPage() {
    }

    /** The route's project id; -1 (no project has it) when it is missing or not a number. */
    public static long id(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().getLong(PROJECT_ID).orElse(-1L);
        } catch (IllegalArgumentException notANumber) { // projects/abc: "not found", not an error page
            return -1L;
        }
    }

    /**
     * Loads what the page shows and gives the page its title: the project's name, or when there is
     * nothing to show, the page holds only {@link ProjectNotFound} and is titled so.
     *
     * @param loader the page's service call; empty for an unknown project or one the user may not see
     * @param name   the project's name in what was loaded
     * @param title  takes the page's title
     */
    public static <T> Optional<T> load(HasComponents page, long projectId, LongFunction<Optional<T>> loader,
                                       Function<T, String> name, Consumer<String> title) {
        Optional<T> loaded = projectId < 0 ? Optional.empty() : loader.apply(projectId);
        if (loaded.isEmpty()) {
            ProjectNotFound notFound = new ProjectNotFound();
            page.removeAll();
            page.add(notFound);
            title.accept(notFound.getText());
        } else {
            title.accept(name.apply(loaded.get()));
        }
        return loaded;
    }
}
