/** Working days (R16): Monday to Friday, the organisation's holidays and make-up working days, and their admin view. */
package com.campaigntracker.calendar;
