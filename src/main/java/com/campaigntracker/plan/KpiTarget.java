package com.campaigntracker.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A measurable goal of a project, e.g. sales of 500 万元 within three months. */
@Embeddable
public class KpiTarget {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 30)
    @Column(length = 30)
    private String unit;

    @NotNull
    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal targetValue;

    protected KpiTarget() {
    }

    public KpiTarget(String name, String unit, BigDecimal targetValue) {
        this.name = name;
        this.unit = unit;
        this.targetValue = targetValue;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }
}
