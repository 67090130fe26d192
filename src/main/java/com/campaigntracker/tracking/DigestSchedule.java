package com.campaigntracker.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** When a project's weekly digest goes to its channels. */
@Entity
@Table(name = "digest_schedule")
class DigestSchedule {

    /** Without a schedule of its own a project's digest goes out on Monday morning, before the weekly meeting. */
    static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek = DEFAULT_DAY;

    @Column(name = "send_at", nullable = false)
    private LocalTime sendAt = DEFAULT_TIME;

    @Column(nullable = false)
    private boolean enabled = true;

    protected DigestSchedule() {
    }

    DigestSchedule(long projectId) {
        this.projectId = projectId;
    }

    long getVersion() {
        return version;
    }

    DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    LocalTime getSendAt() {
        return sendAt;
    }

    boolean isEnabled() {
        return enabled;
    }

    void set(DayOfWeek day, LocalTime at, boolean enabled) {
        this.dayOfWeek = day;
        this.sendAt = at;
        this.enabled = enabled;
    }
}
