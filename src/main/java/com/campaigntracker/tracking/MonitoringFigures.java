package com.campaigntracker.tracking;

/**
 * A project's open monitoring work.
 *
 * @param explanationsDue      deviation explanations not yet given (overdue ones included)
 * @param explanationsOverdue  of those, the ones past their 24 hours
 * @param coordinationsPending explanations given and waiting for the manager's decision
 * @param escalationsOpen      escalations waiting for the department head's decision
 * @param escalationsLate      of those, the ones past their 24 hours
 */
public record MonitoringFigures(int openWarnings, int explanationsDue, int explanationsOverdue,
                                int coordinationsPending, int escalationsOpen, int escalationsLate) {

    public static final MonitoringFigures NONE = new MonitoringFigures(0, 0, 0, 0, 0, 0);
}
