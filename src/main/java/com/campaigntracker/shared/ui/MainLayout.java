package com.campaigntracker.shared.ui;

import com.campaigntracker.shared.security.SignedInUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view: side navigation built from the views' {@code @Menu}
 * (titles are translation keys; entries the user may not open are left out), the user, logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication,
                      org.springframework.beans.factory.ObjectProvider<NavbarWidget> widgets) {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        ComponentTexts.appLayout(this);
        addToNavbar(ComponentTexts.drawerToggle(new DrawerToggle()), title);
        widgets.orderedStream().forEach(w -> addToNavbar(w.create()));

        SideNav nav = ComponentTexts.sideNav(new SideNav());
        for (MenuEntry entry : MenuEntries.ofCurrentUser()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        Header header = new Header(new Span(getTranslation("app.shortName")));
        header.addClassName("drawer-header");
        addToDrawer(header, nav, userFooter(authentication));
        setPrimarySection(Section.DRAWER);
    }

    private Footer userFooter(AuthenticationContext authentication) {
        Footer footer = new Footer();
        footer.addClassName("drawer-footer");
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.setId("current-user");
            name.addClassName("current-user");
            Span role = new Span(getTranslation(user.roleKey()));
            role.addClassName("current-role");
            box.add(name, role);
        });
        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        LanguageSwitcher language = new LanguageSwitcher();
        language.setWidthFull();
        logout.setWidthFull();
        box.add(language, logout);
        footer.add(box);
        return footer;
    }
}
