package com.campaigntracker.closing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the team writes in the retrospective (复盘会); ratings 1–5, null while not yet given. */
public record RetrospectiveForm(LocalDate heldOn, Set<Long> participantIds, Integer progressRating,
                                String progressComment, Integer riskRating, String riskComment,
                                Integer responsibilityRating, String responsibilityComment,
                                List<RetrospectiveKpi> kpis, String wentWell, String wentWrong, String lessons,
                                List<ImprovementAction> actions) {
}
