package com.campaigntracker.plan;

/** 优先级 高/中/低. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
