package com.campaigntracker.files;

import java.time.Instant;

/** One version of a task's file as kept: which task, which name and version, its bytes' size, hash, type and place. */
record StoredFile(long id, long projectId, long itemId, String itemName, String name, int version, long size,
                  String sha256, String contentType, boolean preview, String store, String storageKey,
                  long uploadedById, Instant uploadedAt) {
}
