package com.campaigntracker.people;

public record DepartmentOption(long id, String name) {
}
