package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.RetrospectiveForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The three ratings (progress, risk, responsibility), one to five stars, each with a comment. */
class RatingsSection extends FormSection {

    static final List<String> KEYS = List.of("progress", "risk", "responsibility");

    final List<Select<Integer>> stars = new ArrayList<>();
    final List<TextArea> comments = new ArrayList<>();

    RatingsSection() {
        super("retrospective.ratings");
    }

    void show(RetrospectiveForm f) {
        restart();
        stars.clear();
        comments.clear();
        List<Integer> given = Arrays.asList(f.progressRating(), f.riskRating(), f.responsibilityRating());
        List<String> said = Arrays.asList(f.progressComment(), f.riskComment(), f.responsibilityComment());
        for (int i = 0; i < KEYS.size(); i++) {
            Select<Integer> rating = new Select<>();
            rating.setId("rating-" + KEYS.get(i));
            rating.setLabel(getTranslation("retrospective.rating." + KEYS.get(i)));
            rating.setItems(1, 2, 3, 4, 5);
            rating.setItemLabelGenerator(n -> n == null ? "—"
                    : getTranslation("retrospective.stars", n, "★".repeat(n)));
            rating.setEmptySelectionAllowed(true);
            rating.setEmptySelectionCaption("—");
            rating.setWidth("16rem");
            rating.setValue(given.get(i));
            TextArea comment = new TextArea(getTranslation("retrospective.ratingComment"));
            comment.setId("rating-comment-" + KEYS.get(i));
            comment.setMaxLength(2000);
            comment.setWidth("28rem");
            comment.setValue(Objects.toString(said.get(i), ""));
            stars.add(rating);
            comments.add(comment);
            add(row(rating, comment));
        }
    }

    /** The rating of the i-th of {@link #KEYS}, null while not given. */
    Integer rating(int i) {
        return stars.get(i).getValue();
    }

    String comment(int i) {
        return comments.get(i).getValue();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        stars.forEach(r -> r.setReadOnly(readOnly));
        comments.forEach(c -> c.setReadOnly(readOnly));
    }
}
