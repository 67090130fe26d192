package com.campaigntracker.raci;

/** A cell of the RACI matrix: Responsible (the owner), Accountable, Consulted, Informed. */
public enum RaciLetter {
    R, A, C, I;

    /** The letter a click moves to: empty → R → A → C → I → empty. */
    public static RaciLetter next(RaciLetter current) {
        return current == null ? R : current == I ? null : values()[current.ordinal() + 1];
    }

    /**
     * The next letter a click gives, skipping R and A while someone else holds them: clicking
     * through a cell must not take the task's owner or approver away from another person (type
     * the letter to do that on purpose).
     */
    public static RaciLetter next(RaciLetter current, java.util.Set<RaciLetter> heldByOthers) {
        RaciLetter next = next(current);
        while (next != null && heldByOthers.contains(next)) {
            next = next(next);
        }
        return next;
    }
}
