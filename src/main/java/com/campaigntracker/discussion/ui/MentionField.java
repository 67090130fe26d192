package com.campaigntracker.discussion.ui;

import com.campaigntracker.discussion.DiscussionService.Mentionable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a comment is written: typing {@code @} and a few letters (name, department, pinyin or its
 * initials) offers the project's people below the text; choosing one writes {@code @Name} and keeps who
 * it is, so the comment sends ids, not names to be guessed. A name deleted from the text is no longer
 * mentioned.
 */
class MentionField extends Div {

    /** What was typed after the last {@code @}, at the end of the text (where the cursor is while typing). */
    private static final Pattern TYPING = Pattern.compile("(?:^|\\s)@([^\\s@]{0,20})$");
    private static final int OFFERED = 8;

    private final TextArea text = new TextArea();
    private final Div offers = new Div();
    private final transient BiFunction<String, Integer, List<Mentionable>> search;
    private final Map<Long, String> named = new LinkedHashMap<>();

    MentionField(String idPrefix, BiFunction<String, Integer, List<Mentionable>> search, Runnable send) {
        this.search = search;
        addClassName("mention-field");
        text.setId(idPrefix + "-text");
        text.setWidthFull();
        text.setMinRows(2);
        text.setMaxLength(4000);
        text.setPlaceholder(getTranslation("discussion.placeholder"));
        text.setAriaLabel(getTranslation("discussion.comment"));
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(250);
        text.addValueChangeListener(e -> offer());
        text.addKeyDownListener(Key.ENTER, e -> send.run(), KeyModifier.CONTROL);
        text.addKeyDownListener(Key.ENTER, e -> send.run(), KeyModifier.META);
        offers.setId(idPrefix + "-offers");
        offers.addClassName("mention-offers");
        offers.setVisible(false);
        Button at = new Button("@", e -> {
            String v = text.getValue();
            text.setValue(v.isEmpty() || Character.isWhitespace(v.charAt(v.length() - 1)) ? v + "@" : v + " @");
            text.focus();
        });
        at.setId(idPrefix + "-mention");
        at.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        at.setTooltipText(getTranslation("discussion.mention"));
        at.setAriaLabel(getTranslation("discussion.mention"));
        add(text, offers, at);
    }

    TextArea text() {
        return text;
    }

    String value() {
        return text.getValue();
    }

    /** Starts from an existing comment's text and the people it names. */
    void set(String value, Map<Long, String> mentioned) {
        named.clear();
        named.putAll(mentioned);
        text.setValue(value);
    }

    /** The people chosen whose {@code @Name} is still in the text. */
    List<Long> mentions() {
        String v = text.getValue();
        return named.entrySet().stream().filter(e -> v.contains("@" + e.getValue())).map(Map.Entry::getKey).toList();
    }

    void clear() {
        named.clear();
        text.clear();
        offers.setVisible(false);
    }

    private void offer() {
        offers.removeAll();
        Matcher typing = TYPING.matcher(text.getValue());
        List<Mentionable> found = typing.find() ? search.apply(typing.group(1), OFFERED) : List.of();
        for (Mentionable m : found) {
            Button pick = new Button(m.name(), e -> choose(m));
            pick.setId(offers.getId().orElse("offers") + "-" + m.id());
            pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (m.department() != null) {
                Span dept = new Span(m.department());
                dept.addClassName("mention-department");
                pick.setSuffixComponent(dept);
            }
            offers.add(pick);
        }
        offers.setVisible(!found.isEmpty());
    }

    private void choose(Mentionable m) {
        Matcher typing = TYPING.matcher(text.getValue());
        if (!typing.find()) {
            return;
        }
        named.put(m.id(), m.name());
        text.setValue(text.getValue().substring(0, typing.start(1)) + m.name() + " ");
        offers.setVisible(false);
        text.focus();
    }
}
