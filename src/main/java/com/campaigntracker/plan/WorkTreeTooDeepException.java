package com.campaigntracker.plan;

/** Refuses a fourth level below Task (R1); the message key is shown to the user translated. */
public class WorkTreeTooDeepException extends RuntimeException {

    public static final String MESSAGE_KEY = "plan.error.tooDeep";

    public WorkTreeTooDeepException() {
        super("A work tree has at most three levels: Phase, Module, Task");
    }
}
