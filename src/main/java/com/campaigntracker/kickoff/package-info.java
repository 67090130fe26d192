/**
 * The kickoff (R7): the publication checklist (R6), publishing the plan, everyone holding a role
 * confirming or objecting online, republishing to those affected, and the manager's override.
 */
package com.campaigntracker.kickoff;
