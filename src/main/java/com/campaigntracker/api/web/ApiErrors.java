package com.campaigntracker.api.web;

import com.campaigntracker.api.ApiProblems;
import com.campaigntracker.plan.ConcurrentEditException;
import com.campaigntracker.plan.ProjectClosedException;
import com.campaigntracker.shared.i18n.TranslatableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the API as {@code application/problem+json}, in the caller's language: 400 with the
 * fields at fault, 403, 404, 409 for a project that is a record or a service's own refusal, 412 for a stale
 * version, 428 without If-Match. Services throw before they change anything, so a refusal changes nothing.
 */
@RestControllerAdvice(assignableTypes = ApiV1Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<ProblemDetail> refused(ApiRefusal e, HttpServletRequest request) {
        ProblemDetail p = problems.problem(request, e.status, e.kind, e.detailKey);
        if (!e.fields.isEmpty()) {
            p.setProperty("errors", e.fields.stream().map(f -> Map.of("field", f.field(),
                    "message", problems.translate(request, f.key(), f.args()))).toList());
        }
        return answer(p);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.FORBIDDEN, "forbidden", "api.error.forbidden"));
    }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> stale(RuntimeException e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.PRECONDITION_FAILED, "precondition-failed", "api.error.stale"));
    }

    @ExceptionHandler(ProjectClosedException.class)
    ResponseEntity<ProblemDetail> closed(ProjectClosedException e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.CONFLICT, "conflict", e.messageKey(), e.args()));
    }

    /** A service's own refusal (a rule of the plan, a text too long): the caller can act on it. */
    @ExceptionHandler(TranslatableException.class)
    ResponseEntity<ProblemDetail> rule(TranslatableException e, HttpServletRequest request) {
        if (e.messageKey().endsWith("itemGone") || e.messageKey().endsWith(".gone")) {
            return answer(problems.problem(request, HttpStatus.NOT_FOUND, "not-found", "api.error.notFound"));
        }
        return answer(problems.problem(request, HttpStatus.CONFLICT, "conflict", e.messageKey(), e.args()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.BAD_REQUEST, "invalid", "api.error.unreadable"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Exception e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "api.error.mediaType"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Exception e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", null));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException e, HttpServletRequest request) {
        log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "api.error.internal"));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
