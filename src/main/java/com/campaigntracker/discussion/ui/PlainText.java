package com.campaigntracker.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's text as the reader sees it: every character as typed (set as text, never as HTML), line
 * breaks kept by the style, and web addresses as links that open in a new tab without access to ours.
 */
final class PlainText {

    /** http(s) addresses up to a space or a closing mark a sentence would put after them. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'）」》，。；！？]+[^\\s<>\"'）」》，。；！？.,;:!?)]");

    private PlainText() {
    }

    static Div of(String text) {
        Div body = new Div();
        body.addClassName("comment-body");
        parts(text).forEach(body::add);
        return body;
    }

    static List<Component> parts(String text) {
        List<Component> parts = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Span(text.substring(at, m.start())));
            }
            Anchor link = new Anchor(m.group(), m.group(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            parts.add(link);
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Span(text.substring(at)));
        }
        return parts;
    }
}
