package com.campaigntracker.tracking;

public enum RiskStatus {
    OPEN, CLOSED
}
