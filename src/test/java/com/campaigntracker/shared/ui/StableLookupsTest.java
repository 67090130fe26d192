package com.campaigntracker.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.di.ResourceProvider;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-request lookups are asked of Vaadin once; any other service every time, as before. */
class StableLookupsTest {

    /** Vaadin's lookup as seen from outside: counts the asks, answers the prefix holder and nothing else. */
    private static final class CountingLookup implements Lookup {
        final Map<Class<?>, Integer> asked = new HashMap<>();
        final VaadinRolePrefixHolder holder = new VaadinRolePrefixHolder("ROLE_");

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            asked.merge(serviceClass, 1, Integer::sum);
            return serviceClass == VaadinRolePrefixHolder.class ? serviceClass.cast(holder) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.merge(serviceClass, 1, Integer::sum);
            return List.of();
        }
    }

    @Test
    void a_stable_service_is_asked_for_once_and_an_absent_one_stays_absent_without_asking_again() {
        CountingLookup vaadin = new CountingLookup();
        Lookup keeping = new StableLookups.Keeping(vaadin);
        for (int i = 0; i < 3; i++) {
            assertThat(keeping.lookup(VaadinRolePrefixHolder.class)).isSameAs(vaadin.holder);
            assertThat(keeping.lookup(DevModeHandlerManager.class)).isNull();
        }
        assertThat(vaadin.asked).containsEntry(VaadinRolePrefixHolder.class, 1).containsEntry(DevModeHandlerManager.class, 1);
    }

    @Test
    void any_other_service_and_every_list_of_services_is_asked_for_each_time() {
        CountingLookup vaadin = new CountingLookup();
        Lookup keeping = new StableLookups.Keeping(vaadin);
        for (int i = 0; i < 3; i++) {
            keeping.lookup(ResourceProvider.class);
            keeping.lookupAll(VaadinRolePrefixHolder.class);
        }
        assertThat(vaadin.asked).containsEntry(ResourceProvider.class, 3).containsEntry(VaadinRolePrefixHolder.class, 3);
    }
}
