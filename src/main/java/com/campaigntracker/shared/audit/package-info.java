/** The audit trail's revision (R17): every audited change is stamped with its time and author. */
@NamedInterface("audit")
package com.campaigntracker.shared.audit;

import org.springframework.modulith.NamedInterface;
