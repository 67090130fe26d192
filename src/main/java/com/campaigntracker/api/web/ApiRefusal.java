package com.campaigntracker.api.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A call the API refuses before any service changes anything: its status, its kind (the problem's type), a
 * translation key for the detail, and the fields at fault (each a field name and a translation key).
 */
class ApiRefusal extends RuntimeException {

    record FieldFault(String field, String key, Object... args) {
    }

    final HttpStatus status;
    final String kind;
    final String detailKey;
    final transient List<FieldFault> fields;

    ApiRefusal(HttpStatus status, String kind, String detailKey, List<FieldFault> fields) {
        super(kind);
        this.status = status;
        this.kind = kind;
        this.detailKey = detailKey;
        this.fields = fields;
    }

    static ApiRefusal notFound() {
        return new ApiRefusal(HttpStatus.NOT_FOUND, "not-found", "api.error.notFound", List.of());
    }

    static ApiRefusal invalid(List<FieldFault> fields) {
        return new ApiRefusal(HttpStatus.BAD_REQUEST, "invalid", "api.error.invalid", fields);
    }
}
