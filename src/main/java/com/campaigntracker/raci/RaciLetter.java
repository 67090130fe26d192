package com.campaigntracker.raci;

/** A cell of the RACI matrix: Responsible (the owner), Accountable, Consulted, Informed. */
public enum RaciLetter {
    R, A, C, I;

    /** The letter a click moves to: empty → R → A → C → I → empty. */
    public static RaciLetter next(RaciLetter current) {
        return current == null ? R : current == I ? null : values()[current.ordinal() + 1];
    }
}
