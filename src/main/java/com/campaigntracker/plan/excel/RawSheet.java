package com.campaigntracker.plan.excel;

import java.util.List;

/** One sheet of an uploaded file, not yet interpreted: its name and its rows (the header among them). */
record RawSheet(String name, List<SheetRow> rows) {
}
