/**
 * The Execution Review Report (执行复盘报告, R15): a project's plan vs actual, deviations and their
 * handling, escalations, risk points and retrospective as a JasperReports PDF in the reader's language,
 * Chinese in the shipped CJK font (templates in {@code reports/}).
 */
@ApplicationModule(allowedDependencies = {
        "closing",
        "discussion",
        "files",
        "people",
        "plan",
        "tracking",
        "warning",
        "shared :: i18n"
})
package com.campaigntracker.report;

import org.springframework.modulith.ApplicationModule;
