package com.campaigntracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Log lines written while a request is served name its user and id; nothing stays behind for the next request. */
class RequestLogContextTest {

    private final RequestLogContext.Filter filter = new RequestLogContext.Filter("app1");
    private final RequestLogContext.UserFilter userFilter = new RequestLogContext.UserFilter();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_signed_in_user_and_the_balancers_request_id_are_in_the_log_context() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "zhang", null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects");
        request.addHeader("X-Request-Id", "lb-0042");
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> seen = new ArrayList<>();
        filter.doFilter(request, response, (req, res) -> userFilter.doFilter(req, res,
                (req2, res2) -> seen.add(MDC.get("user") + " " + MDC.get("request"))));

        assertThat(seen).containsExactly("zhang lb-0042");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("lb-0042");
        assertThat(response.getHeader("X-Served-By")).isEqualTo("app1");
        assertThat(MDC.get("user")).isNull();
        assertThat(MDC.get("request")).isNull();
    }

    @Test
    void an_anonymous_request_gets_its_own_id_and_a_forged_one_is_replaced() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.addHeader("X-Request-Id", "x\n2026-01-01 INFO forged line");
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> seen = new ArrayList<>();
        filter.doFilter(request, response, (req, res) -> userFilter.doFilter(req, res,
                (req2, res2) -> seen.add(MDC.get("user") + " " + MDC.get("request"))));

        assertThat(seen).singleElement().satisfies(line -> assertThat(line).matches("- [0-9a-f]{8}"));
        assertThat(response.getHeader("X-Request-Id")).matches("[0-9a-f]{8}");
    }

    @Test
    void a_response_spring_security_ends_itself_carries_the_request_id_and_the_instance() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.addHeader("X-Request-Id", "lb-0043");
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> seen = new ArrayList<>();
        // the security chain answers 401 and never calls the rest: what it logs has the id, no user yet
        filter.doFilter(request, response, (req, res) -> {
            seen.add(MDC.get("user") + " " + MDC.get("request"));
            ((MockHttpServletResponse) res).setStatus(401);
        });

        assertThat(seen).containsExactly("- lb-0043");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("lb-0043");
        assertThat(response.getHeader("X-Served-By")).isEqualTo("app1");
        assertThat(MDC.get("request")).isNull();
    }

    @Test
    void the_request_id_is_registered_before_spring_security_and_the_user_after_it() {
        RequestLogContext config = new RequestLogContext();
        assertThat(config.requestLogContextFilter("app1").getOrder()).isLessThan(SecurityProperties.DEFAULT_FILTER_ORDER);
        assertThat(config.requestLogUserFilter().getOrder()).isGreaterThan(SecurityProperties.DEFAULT_FILTER_ORDER);
    }
}
