package com.campaigntracker.plan.excel;

import com.campaigntracker.people.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who a name in a table is, one rule for both directions. Reading, a name is the first person (in the
 * order of PeopleService#everyone) whose display name it is, else whose log-in. Writing, a person is
 * written by the name that reads back to that same person: the name colleagues know unless someone else
 * already answers to it, then the log-in. In the C and I cells several names share one cell, split on commas,
 * 、, semicolons, slashes and spaces, so a name holding one of those is written by its log-in there.
 */
public final class TableNames {

    /** What the reader splits a list of names on (ProgressTableReader's names()). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;；/\\s]");

    private final Map<String, Person> byName = new HashMap<>();
    private final Map<Long, Person> byId = new HashMap<>();

    /** {@code everyone} in the order of PeopleService#everyone: the first of a name is who it stands for. */
    public TableNames(List<Person> everyone) {
        for (Person person : everyone) {
            byName.putIfAbsent(person.getDisplayName(), person);
            byName.putIfAbsent(person.getUsername(), person);
            byId.put(person.getId(), person);
        }
    }

    /** The person a name in a cell stands for; null for nobody. */
    public Person named(String name) {
        return byName.get(name);
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
