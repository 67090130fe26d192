package com.campaigntracker.warning;

/** 客观 objective (outside the team's control) or 主观 subjective (the team's own). */
public enum CauseType {
    OBJECTIVE, SUBJECTIVE
}
