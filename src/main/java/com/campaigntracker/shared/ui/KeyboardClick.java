package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;

/**
 * For a clickable element that is not a button or a link (a dashboard tile, a notice): Tab reaches it,
 * a screen reader announces it with its role, and Enter (and Space for a button) clicks it.
 */
public final class KeyboardClick {

    private KeyboardClick() {
    }

    /** Something that opens another page. */
    public static <T extends Component & ClickNotifier<T>> T asLink(T component) {
        return enable(component, "link", Key.ENTER);
    }

    /** Something that acts on this page. */
    public static <T extends Component & ClickNotifier<T>> T asButton(T component) {
        return enable(component, "button", Key.ENTER, Key.SPACE);
    }

    private static <T extends Component & ClickNotifier<T>> T enable(T component, String role, Key... keys) {
        component.getElement().setAttribute("tabindex", "0");
        component.getElement().setAttribute("role", role);
        for (Key key : keys) {
            // listened on the element itself, so the key only counts while it has the focus
            Shortcuts.addShortcutListener(component,
                    () -> ComponentUtil.fireEvent(component, new ClickEvent<>(component)), key)
                    .listenOn(component);
        }
        return component;
    }
}
