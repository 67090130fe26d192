/**
 * Monitoring: warning rules (R10) raised on every update and by a scheduled scan, and closed when
 * their cause is gone; deviation explanations, coordination and escalation build on them.
 */
package com.campaigntracker.warning;
