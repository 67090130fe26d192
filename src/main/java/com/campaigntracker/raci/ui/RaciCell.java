package com.campaigntracker.raci.ui;

import com.campaigntracker.raci.RaciLetter;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One cell of the matrix: shows its letter; a click moves to the next letter, typing R, A, C or I
 * sets it, Delete or Backspace empties it. Focusable, so the keyboard reaches every cell.
 */
class RaciCell extends Span {

    /** Evaluated in the browser: only these keys travel to the server. */
    static final String KEY_FILTER = "!event.ctrlKey && !event.metaKey && !event.altKey && !event.repeat"
            + " && ['r','a','c','i','R','A','C','I','Delete','Backspace','Enter',' '].includes(event.key)";

    private final RaciLetter letter;

    RaciCell(RaciLetter letter, RaciLetter onClick, boolean editable, String label, Consumer<RaciLetter> change) {
        this.letter = letter;
        setText(letter == null ? "" : letter.name());
        addClassName("raci-cell");
        if (letter != null) {
            addClassName("raci-" + letter.name());
        }
        getElement().setAttribute("aria-label", label + (letter == null ? "" : ": " + letter.name()));
        if (!editable) {
            return;
        }
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "button");
        addClickListener(e -> change.accept(onClick));
        getElement().addEventListener("keydown", e -> {
            String key = e.getEventData().getString("event.key");
            switch (key.toUpperCase(Locale.ROOT)) {
                case "R", "A", "C", "I" -> change.accept(RaciLetter.valueOf(key.toUpperCase(Locale.ROOT)));
                case "DELETE", "BACKSPACE" -> change.accept(null);
                case "ENTER", " " -> change.accept(onClick); // a button answers Enter and Space like a click
                default -> { }
            }
        }).addEventData("event.key")
                .setFilter(KEY_FILTER);
    }

    RaciLetter letter() {
        return letter;
    }
}
