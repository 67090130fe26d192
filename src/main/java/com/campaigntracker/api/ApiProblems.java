package com.campaigntracker.api;

import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.i18n.TranslationProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The API's errors as {@code application/problem+json} (RFC 9457), titled and explained in the caller's
 * language (Accept-Language: zh-CN or en), with a stable {@code type} per kind of problem.
 */
@Component
public class ApiProblems {

    /** Where the kinds of problem are named: {@code type} is this plus e.g. {@code not-found}. */
    public static final String TYPE_BASE = "urn:campaign-tracker:api:problem:";

    private final TranslationProvider translations;
    private final ObjectMapper json;

    ApiProblems(TranslationProvider translations, ObjectMapper json) {
        this.translations = translations;
        this.json = json;
    }

    /** The caller's language: the best of ours for its Accept-Language. */
    public Locale locale(HttpServletRequest request) {
        return AppLocales.bestMatch(request.getHeader("Accept-Language") == null ? AppLocales.CHINESE : request.getLocale());
    }

    public String translate(HttpServletRequest request, String key, Object... args) {
        return translations.getTranslation(key, locale(request), args);
    }

    /** A problem whose title is {@code api.problem.<kind>} and whose detail is the given translated key. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String kind, String detailKey,
                                 Object... args) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create(TYPE_BASE + kind));
        p.setTitle(translate(request, "api.problem." + kind));
        p.setDetail(detailKey == null ? null : translate(request, detailKey, args));
        p.setInstance(URI.create(request.getRequestURI()));
        return p;
    }

    /** Writes a problem straight to the response, for refusals made before any controller (the filter chain). */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
