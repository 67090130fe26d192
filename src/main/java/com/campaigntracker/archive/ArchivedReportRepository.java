package com.campaigntracker.archive;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArchivedReportRepository extends JpaRepository<ArchivedReport, Long> {

    /** The list's columns only: the PDF and the frozen table stay in the database until asked for. */
    @Query("""
            select new com.campaigntracker.archive.ArchiveLine(a.id, a.projectId, a.number, a.projectName,
                a.departmentId, a.departmentName, a.periodStart, a.periodEnd, a.language, a.createdAt,
                a.createdById, a.sha256, a.sizeBytes)
            from ArchivedReport a where a.projectId in :projectIds order by a.createdAt desc, a.id desc""")
    List<ArchiveLine> linesOf(Collection<Long> projectIds);

    @Query("select coalesce(max(a.number), 0) from ArchivedReport a where a.projectId = :projectId")
    int lastNumber(long projectId);

    @Query("select a.projectId from ArchivedReport a where a.id = :id")
    java.util.Optional<Long> projectIdOf(long id);

    /** The archived bytes with what they must hash to, and the names a refusal uses; not the frozen table. */
    @Query("select new com.campaigntracker.archive.ArchivedPdf(a.pdf, a.sha256, a.projectName, a.number)"
            + " from ArchivedReport a where a.id = :id")
    java.util.Optional<ArchivedPdf> pdfOf(long id);

    /** The frozen table alone, without the PDF. */
    @Query("select a.frozenTable from ArchivedReport a where a.id = :id")
    java.util.Optional<String> tableOf(long id);
}
