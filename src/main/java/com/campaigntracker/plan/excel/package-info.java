/** The users' Excel progress table, read (and later written) as they keep it. */
@NamedInterface("excel")
package com.campaigntracker.plan.excel;

import org.springframework.modulith.NamedInterface;
