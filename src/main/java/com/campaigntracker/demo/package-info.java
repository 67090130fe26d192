/**
 * Demo data: the people of the users' example and their campaign 新品上市推广, read from their own
 * progress table, loaded once into an empty database.
 */
package com.campaigntracker.demo;
