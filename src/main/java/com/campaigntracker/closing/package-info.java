/**
 * Closing (stage 5): a closed or cancelled project's retrospective (R14) — due within 3 working days,
 * drafted, submitted and then locked, corrected only in a new version — with the facts of its run
 * filled in by the system.
 */
package com.campaigntracker.closing;
