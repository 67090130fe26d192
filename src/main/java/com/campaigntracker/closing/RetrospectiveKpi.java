package com.campaigntracker.closing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A KPI of the project with the value reached, as the retrospective records it. */
@Embeddable
public record RetrospectiveKpi(
        @Column(name = "name", nullable = false, length = 200) String name,
        @Column(name = "unit", length = 30) String unit,
        @Column(name = "target_value", precision = 19, scale = 4) BigDecimal target,
        @Column(name = "actual_value", precision = 19, scale = 4) BigDecimal actual) {
}
