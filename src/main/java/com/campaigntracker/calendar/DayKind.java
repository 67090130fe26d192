package com.campaigntracker.calendar;

/** How a calendar day departs from Monday–Friday. */
public enum DayKind {
    /** 法定节假日: a weekday off. */
    HOLIDAY,
    /** 调休补班: a weekend day worked. */
    WORKDAY
}
