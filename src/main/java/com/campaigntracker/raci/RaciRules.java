package com.campaigntracker.raci;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * R6 for one work item: a leaf task has exactly one R and at most one A; C and I any number. A
 * missing A does not break R6 but blocks the kickoff, so it is reported apart.
 */
public final class RaciRules {

    /** Translation keys of what is wrong. */
    public static final String NO_R = "raci.problem.noR";
    public static final String MANY_R = "raci.problem.manyR";
    public static final String MANY_A = "raci.problem.manyA";
    /** Not an R6 violation: the kickoff checklist asks for it. */
    public static final String NO_A = "raci.problem.noA";

    private RaciRules() {
    }

    /** What the item's letters break; parents (phases, modules) are not checked. */
    public static List<String> problems(boolean leaf, Collection<RaciLetter> letters) {
        List<String> problems = new ArrayList<>();
        if (!leaf) {
            return problems;
        }
        long r = letters.stream().filter(l -> l == RaciLetter.R).count();
        long a = letters.stream().filter(l -> l == RaciLetter.A).count();
        if (r == 0) {
            problems.add(NO_R);
        } else if (r > 1) {
            problems.add(MANY_R);
        }
        if (a > 1) {
            problems.add(MANY_A);
        } else if (a == 0) {
            problems.add(NO_A);
        }
        return problems;
    }
}
