/**
 * Execution tracking: progress updates and their history, the update cadence (R8) and what is
 * overdue, weekly checkpoints of actual against expected progress, risk points, and the project and
 * portfolio dashboards built on them.
 */
package com.campaigntracker.tracking;
