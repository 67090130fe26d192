package com.campaigntracker.calendar;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A holiday or a make-up working day of the organisation's calendar (R16). */
@Entity
public class CalendarDay extends AbstractEntity {

    public static final int NAME_MAX = 100;

    @NotNull
    @Column(nullable = false, unique = true)
    private LocalDate day;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayKind kind;

    @Size(max = NAME_MAX)
    @Column(length = NAME_MAX)
    private String name;

    /** The published schedule the day was shipped from; null for an administrator's own entry. */
    @Column(length = 300)
    private String source;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    /** An administrator's change: the day is theirs from now on, no longer the published one. */
    void change(DayKind kind, String name) {
        this.kind = kind;
        this.name = name;
        this.source = null;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }
}
