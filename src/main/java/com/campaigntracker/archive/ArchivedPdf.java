package com.campaigntracker.archive;

/** An archived PDF's bytes as stored, the hash they were archived with, and what they are. */
record ArchivedPdf(byte[] bytes, String sha256, String projectName, int number) {
}
