package com.campaigntracker.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file version the A saw when deciding, kept by value: the record stands even once the file is gone. */
@Embeddable
record JudgedFile(@Column(name = "file_id") long fileId, @Column(name = "name") String name,
                  @Column(name = "version_no") int version) {

    String label() {
        return name + " v" + version;
    }
}
