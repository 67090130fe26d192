package com.campaigntracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer ctp_…}: the token's person becomes the request's principal, exactly as the login
 * form would make them (the services' {@code @PreAuthorize} and CurrentUser see no difference). A token that
 * does not sign in is refused with 401 at once; a token over its allowance with 429 and Retry-After.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ApiRateLimits limits;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts;

    ApiTokenFilter(ApiTokenService tokens, ApiRateLimits limits, ApiProblems problems,
                   SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.limits = limits;
        this.problems = problems;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response); // anonymous: the open pages pass, the rest get 401 from the entry point
            return;
        }
        var signedIn = tokens.authenticate(header.substring(BEARER.length()).strip()).orElse(null);
        if (signedIn == null) {
            unauthorized(problems, request, response, "invalid_token");
            return;
        }
        OptionalLong wait = limits.take(signedIn.tokenId());
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            ProblemDetail p = problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "api.error.rateLimited", wait.getAsLong());
            problems.write(request, response, p);
            return;
        }
        var principal = signedIn.principal();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    static void unauthorized(ApiProblems problems, HttpServletRequest request, HttpServletResponse response,
                             String error) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, error == null ? "Bearer realm=\"campaign-tracker\""
                : "Bearer realm=\"campaign-tracker\", error=\"" + error + "\"");
        problems.write(request, response, problems.problem(request, HttpStatus.UNAUTHORIZED, "unauthorized",
                "api.error.unauthorized"));
    }
}
