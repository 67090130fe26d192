/** RACI: who is Accountable, Consulted and Informed for each work item (the Responsible is its owner). */
package com.campaigntracker.raci;
