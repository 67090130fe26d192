package com.campaigntracker.plan.excel;

import com.campaigntracker.people.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The name a person is written by in an exported table: the one the import resolves back to that
 * same person. The import takes the first person of a display name, then a log-in (see
 * PlanImportService#peopleByName), so the name colleagues know is written unless someone else already
 * answers to it; then the log-in. In the C and I cells several names share one cell, split on commas,
 * 、, semicolons, slashes and spaces, so a name holding one of those is written by its log-in there.
 */
public final class TableNames {

    /** What the reader splits a list of names on (ProgressTableReader's names()). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;；/\\s]");

    private final Map<String, Person> byName = new HashMap<>();
    private final Map<Long, Person> byId = new HashMap<>();

    /** {@code everyone} in the order the import reads them (PeopleService#everyone). */
    public TableNames(List<Person> everyone) {
        for (Person person : everyone) {
            byName.putIfAbsent(person.getDisplayName(), person);
            byName.putIfAbsent(person.getUsername(), person);
            byId.put(person.getId(), person);
        }
    }

    /** The name for a cell holding one person (owner, A); null for nobody. */
    public String single(Long personId) {
        Person person = personId == null ? null : byId.get(personId);
        if (person == null) {
            return null;
        }
        return resolvesTo(person.getDisplayName(), person) ? person.getDisplayName() : person.getUsername();
    }

    /** The name for a cell listing several people (C, I). */
    public String inList(Long personId) {
        String name = single(personId);
        if (name != null && LIST_SEPARATOR.matcher(name).find()) {
            return byId.get(personId).getUsername();
        }
        return name;
    }

    private boolean resolvesTo(String name, Person person) {
        // the reader strips a cell and takes "-" for an empty one
        return name != null && !name.isBlank() && name.equals(name.strip()) && !name.equals("-")
                && !name.equals("—") && byName.get(name) == person;
    }
}
