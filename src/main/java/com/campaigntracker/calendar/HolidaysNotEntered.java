package com.campaigntracker.calendar;

/** A plan reached into a year whose holidays and make-up days nobody has entered yet (published once per year). */
public record HolidaysNotEntered(int year) {
}
