package com.campaigntracker.people.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * DingTalk's sign-in page sends the browser back with the code as {@code authCode}; OAuth 2 (and Spring
 * Security) read {@code code}. On DingTalk's way back only, the one is read as the other.
 */
final class DingTalkAuthCode extends OncePerRequestFilter {

    static final String RETURN_PATH = "/login/oauth2/code/dingtalk";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + RETURN_PATH)
                || request.getParameter("code") != null || request.getParameter("authCode") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        parameters.put("code", parameters.get("authCode"));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = parameters.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return parameters;
            }

            @Override
            public String[] getParameterValues(String name) {
                return parameters.get(name);
            }

            @Override
            public java.util.Enumeration<String> getParameterNames() {
                return java.util.Collections.enumeration(parameters.keySet());
            }
        }, response);
    }
}
