/**
 * Scheduled jobs: Spring scheduling and the ShedLock lock so a job runs on one node only. Internal to
 * shared (no named interface): features only use the annotations of Spring and ShedLock.
 */
package com.campaigntracker.shared.schedule;
