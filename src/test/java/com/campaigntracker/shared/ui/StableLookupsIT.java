package com.campaigntracker.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** The running servlet's lookup keeps the per-request services, and what it keeps is what Spring has. */
class StableLookupsIT extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void the_servlets_lookup_keeps_springs_role_prefix_holder() {
        Object lookup = context.getServletContext().getAttribute(Lookup.class.getName());
        assertThat(lookup).isInstanceOf(StableLookups.Keeping.class);
        Lookup keeping = (Lookup) lookup;
        assertThat(keeping.lookup(VaadinRolePrefixHolder.class)).isSameAs(context.getBean(VaadinRolePrefixHolder.class))
                .isSameAs(keeping.lookup(VaadinRolePrefixHolder.class));
    }
}
