package com.campaigntracker.plan;

/** 风险等级 高/中/低. */
public enum RiskLevel {
    HIGH, MEDIUM, LOW
}
