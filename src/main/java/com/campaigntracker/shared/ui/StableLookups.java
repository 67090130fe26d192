package com.campaigntracker.shared.ui;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps the answers of Vaadin's service lookup that are asked for on every request. Vaadin's Spring
 * lookup caches only its default services; for any other it asks Spring and then {@link java.util.ServiceLoader},
 * which reads {@code META-INF/services} of every jar in the application. Three are asked for per request:
 * the role prefix holder (every access check of a navigation), the Polymer template event handler (every
 * argument of every client event, though the app has no Polymer templates) and, in production, the absent
 * dev-mode handler. Under load these scans took 6 % of the request threads' CPU. Their answers cannot
 * change while the app runs (a Spring singleton, or the same service files), so the first is kept.
 */
@Component
class StableLookups implements VaadinServiceInitListener {

    /** The services asked for per request whose answer is fixed once the app runs. */
    static final Set<Class<?>> STABLE = Set.of(VaadinRolePrefixHolder.class,
            DeprecatedPolymerPublishedEventHandler.class, DevModeHandlerManager.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource().getContext() instanceof VaadinServletContext context)) {
            return;
        }
        synchronized (context.getContext()) { // the lock Vaadin reads and writes its context attributes under
            Lookup lookup = context.getAttribute(Lookup.class);
            if (lookup != null && !(lookup instanceof Keeping)) {
                // Vaadin's own setter refuses to set the lookup twice; the servlet context keeps it by class name
                context.getContext().setAttribute(Lookup.class.getName(), new Keeping(lookup));
            }
        }
    }

    /** A lookup that asks {@code delegate} once for each of {@link #STABLE}, every time for anything else. */
    static final class Keeping implements Lookup {

        private final Lookup delegate;
        private final Map<Class<?>, Optional<Object>> kept = new ConcurrentHashMap<>();

        Keeping(Lookup delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (!STABLE.contains(serviceClass)) {
                return delegate.lookup(serviceClass);
            }
            return serviceClass.cast(kept.computeIfAbsent(serviceClass,
                    type -> Optional.ofNullable(delegate.lookup(type))).orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return delegate.lookupAll(serviceClass);
        }
    }
}
