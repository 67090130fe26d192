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
    /** The buttons offered now, by person. */
    private final Map<Long, Button> buttons = new LinkedHashMap<>();

    MentionField(String idPrefix, BiFunction<String, Integer, List<Mentionable>> search, Runnable send) {
        this.search = search;
        addClassName("mention-field");
        text.setId(idPrefix + "-text");
        text.setWidthFull();
        text.setMinRows(2);
        text.setMaxLength(4000);
        text.setPlaceholder(getTranslation("discussion.placeholder"));
        text.setAriaLabel(getTranslation("discussion.comment"));
        // every keystroke, in order: with a debounce, a name chosen within its delay was overwritten by the
        // text as typed before the choice, arriving after it (seen in TaskCollaborationE2E)
        text.setValueChangeMode(ValueChangeMode.EAGER);
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

    /**
     * Offers the people matching what is typed after {@code @}. A person keeps their button while offered: a
     * tap sent while the next keystroke narrowed the list must still find the button it was meant for.
     */
    private void offer() {
        Matcher typing = TYPING.matcher(text.getValue());
        List<Mentionable> found = typing.find() ? search.apply(typing.group(1), OFFERED) : List.of();
        Map<Long, Button> kept = new LinkedHashMap<>();
        for (Mentionable m : found) {
            kept.put(m.id(), buttons.containsKey(m.id()) ? buttons.get(m.id()) : button(m));
        }
        if (!List.copyOf(kept.values()).equals(offers.getChildren().toList())) {
            offers.removeAll();
            kept.values().forEach(offers::add);
        }
        buttons.clear();
        buttons.putAll(kept);
        offers.setVisible(!found.isEmpty());
    }

    private Button button(Mentionable m) {
        Button pick = new Button(m.name(), e -> choose(m));
        pick.setId(offers.getId().orElse("offers") + "-" + m.id());
        pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (m.department() != null) {
            Span dept = new Span(m.department());
            dept.addClassName("mention-department");
            pick.setSuffixComponent(dept);
        }
        return pick;
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
