package com.campaigntracker.plan.excel;

import java.util.List;

/** An import asked for although the table has problems; nothing was saved. */
public class ImportRefusedException extends RuntimeException {

    private final transient List<TableProblem> problems;

    public ImportRefusedException(List<TableProblem> problems) {
        super(problems.size() + " problems in the table");
        this.problems = problems;
    }

    public List<TableProblem> problems() {
        return problems;
    }
}
