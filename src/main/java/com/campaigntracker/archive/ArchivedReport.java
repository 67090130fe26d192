package com.campaigntracker.archive;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One archived version of a project's review report: the PDF bytes, their SHA-256 and a frozen copy of
 * the progress table. Written once and never changed (immutable to Hibernate, no update path).
 */
@Entity
@Immutable
@Table(name = "report_archive")
class ArchivedReport extends AbstractEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "project_name", nullable = false, updatable = false, length = 200)
    private String projectName;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    @Column(name = "department_name", updatable = false, length = 100)
    private String departmentName;

    @Column(name = "period_start", updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", updatable = false)
    private LocalDate periodEnd;

    @Column(nullable = false, updatable = false, length = 10)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;

    @Lob
    @Column(name = "frozen_table", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String frozenTable;

    protected ArchivedReport() {
    }

    ArchivedReport(long projectId, int number, String projectName, Long departmentId, String departmentName,
                   LocalDate periodStart, LocalDate periodEnd, String language, Instant createdAt, Long createdById,
                   byte[] pdf, String sha256, String frozenTable) {
        this.projectId = projectId;
        this.number = number;
        this.projectName = projectName;
        this.departmentId = departmentId;
        this.departmentName = departmentName;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.language = language;
        this.createdAt = createdAt;
        this.createdById = createdById;
        this.pdf = pdf.clone();
        this.sizeBytes = pdf.length;
        this.sha256 = sha256;
        this.frozenTable = frozenTable;
    }

    long getProjectId() {
        return projectId;
    }

    int getNumber() {
        return number;
    }

    String getProjectName() {
        return projectName;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    String getDepartmentName() {
        return departmentName;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    String getLanguage() {
        return language;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getCreatedById() {
        return createdById;
    }

    String getSha256() {
        return sha256;
    }

    int getSizeBytes() {
        return sizeBytes;
    }

    byte[] getPdf() {
        return pdf.clone();
    }

    String getFrozenTable() {
        return frozenTable;
    }
}
