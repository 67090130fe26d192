/** The audit trail's revision (R17): every audited change is stamped with its time and author. */
package com.campaigntracker.shared.audit;
