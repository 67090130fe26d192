package com.campaigntracker.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import elemental.json.Json;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The texts Vaadin's components bring themselves (an upload's "Drop file here", a date picker's
 * month names and date format, "More options", …), in the user's language from the translation
 * files ({@code vaadin.*} keys). Each is set when the component is attached, so it follows the
 * UI's locale whenever and wherever the component is built; every place that makes such a
 * component passes it through here.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** Dates as the locale writes them (2026/10/8 in Chinese), its month and weekday names, its week. */
    public static DatePicker datePicker(DatePicker picker) {
        return onAttach(picker, p -> {
            Function<String, String> t = p::getTranslation;
            String[] formats = t.apply("vaadin.datePicker.dateFormats").split("\\s*\\|\\s*");
            p.setI18n(new DatePicker.DatePickerI18n()
                    .setMonthNames(list(t.apply("vaadin.datePicker.monthNames")))
                    .setWeekdays(list(t.apply("vaadin.datePicker.weekdays")))
                    .setWeekdaysShort(list(t.apply("vaadin.datePicker.weekdaysShort")))
                    .setFirstDayOfWeek(Integer.parseInt(t.apply("vaadin.datePicker.firstDayOfWeek").trim()))
                    .setDateFormats(formats[0], Arrays.copyOfRange(formats, 1, formats.length))
                    .setToday(t.apply("vaadin.datePicker.today"))
                    .setCancel(t.apply("action.cancel"))
                    .setBadInputErrorMessage(t.apply("vaadin.datePicker.badInput"))
                    .setRequiredErrorMessage(t.apply("vaadin.field.required"))
                    .setMinErrorMessage(t.apply("vaadin.datePicker.tooEarly"))
                    .setMaxErrorMessage(t.apply("vaadin.datePicker.tooLate")));
        });
    }

    public static TimePicker timePicker(TimePicker picker) {
        return onAttach(picker, p -> p.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(p.getTranslation("vaadin.timePicker.badInput"))
                .setRequiredErrorMessage(p.getTranslation("vaadin.field.required"))
                .setMinErrorMessage(p.getTranslation("vaadin.timePicker.tooEarly"))
                .setMaxErrorMessage(p.getTranslation("vaadin.timePicker.tooLate"))));
    }

    public static Upload upload(Upload upload) {
        return onAttach(upload, u -> {
            Function<String, String> t = u::getTranslation;
            UploadI18N i18n = new UploadI18N();
            i18n.setDropFiles(new UploadI18N.DropFiles()
                    .setOne(t.apply("vaadin.upload.dropFile")).setMany(t.apply("vaadin.upload.dropFiles")));
            i18n.setAddFiles(new UploadI18N.AddFiles()
                    .setOne(t.apply("vaadin.upload.addFile")).setMany(t.apply("vaadin.upload.addFiles")));
            i18n.setError(new UploadI18N.Error()
                    .setTooManyFiles(t.apply("vaadin.upload.tooManyFiles"))
                    .setFileIsTooBig(t.apply("vaadin.upload.fileTooBig"))
                    .setIncorrectFileType(t.apply("vaadin.upload.wrongType")));
            i18n.setUploading(new UploadI18N.Uploading()
                    .setStatus(new UploadI18N.Uploading.Status()
                            .setConnecting(t.apply("vaadin.upload.connecting"))
                            .setStalled(t.apply("vaadin.upload.stalled"))
                            .setProcessing(t.apply("vaadin.upload.processing"))
                            .setHeld(t.apply("vaadin.upload.held")))
                    .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                            .setPrefix(t.apply("vaadin.upload.remaining"))
                            .setUnknown(t.apply("vaadin.upload.remainingUnknown")))
                    .setError(new UploadI18N.Uploading.Error()
                            .setServerUnavailable(t.apply("vaadin.upload.serverUnavailable"))
                            .setUnexpectedServerError(t.apply("vaadin.upload.serverError"))
                            .setForbidden(t.apply("vaadin.upload.forbidden"))));
            i18n.setFile(new UploadI18N.File()
                    .setRetry(t.apply("vaadin.upload.retry"))
                    .setStart(t.apply("vaadin.upload.start"))
                    .setRemove(t.apply("vaadin.upload.remove")));
            i18n.setUnits(list(t.apply("vaadin.upload.units")), 1024);
            u.setI18n(i18n);
        });
    }

    public static <T> MultiSelectComboBox<T> multiSelect(MultiSelectComboBox<T> box) {
        return onAttach(box, b -> b.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(b.getTranslation("vaadin.multiSelect.cleared"))
                .setFocused(b.getTranslation("vaadin.multiSelect.focused"))
                .setSelected(b.getTranslation("vaadin.multiSelect.selected"))
                .setDeselected(b.getTranslation("vaadin.multiSelect.deselected"))
                .setTotal(b.getTranslation("vaadin.multiSelect.total"))
                .setRequiredErrorMessage(b.getTranslation("vaadin.field.required"))));
    }

    public static MenuBar menuBar(MenuBar bar) {
        return onAttach(bar, b -> b.setI18n(new MenuBar.MenuBarI18n()
                .setMoreOptions(b.getTranslation("vaadin.menuBar.moreOptions"))));
    }

    /** The reveal button's label ("Show password") lives in the web component's own i18n property. */
    public static PasswordField passwordField(PasswordField field) {
        return onAttach(field, f -> f.getElement().executeJs(
                "this.i18n = Object.assign({}, this.i18n, {reveal: $0})",
                f.getTranslation("vaadin.password.reveal")));
    }

    /** The login form's texts are its view's {@code LoginI18n}; its password field's reveal button is set here. */
    public static LoginForm loginForm(LoginForm form) {
        return onAttach(form, f -> f.getElement().executeJs(
                "const field = this.querySelector('vaadin-password-field');"
                        + "if (field) { field.i18n = Object.assign({}, field.i18n, {reveal: $0}); }",
                f.getTranslation("vaadin.password.reveal")));
    }

    public static SideNav sideNav(SideNav nav) {
        return onAttach(nav, n -> n.setI18n(new SideNav.SideNavI18n()
                .setToggle(n.getTranslation("vaadin.sideNav.toggle"))));
    }

    public static AppLayout appLayout(AppLayout layout) {
        return onAttach(layout, l -> l.setI18n(new AppLayout.AppLayoutI18n()
                .setDrawer(l.getTranslation("vaadin.appLayout.drawer"))));
    }

    public static DrawerToggle drawerToggle(DrawerToggle toggle) {
        return onAttach(toggle, d -> d.setAriaLabel(d.getTranslation("vaadin.appLayout.toggle")));
    }

    /**
     * The page's own texts, outside any component: the reconnect dialog and the label a grid's sort button gets
     * from Vaadin's grid connector ("Sort by …", fixed in English there, so it is rewritten as the connector sets
     * it). Once per UI, in its language. The connection indicator's text is set earlier, in the page itself
     * ({@link #connectionIndicatorScript}): the indicator is made by the bootstrap before a UI's first response.
     */
    public static void page(UI ui) {
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("vaadin.connection.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("vaadin.connection.lost"));
        ui.getPage().executeJs("""
                const sortBy = $0;
                customElements.whenDefined('vaadin-grid-sorter').then(() => {
                  const proto = customElements.get('vaadin-grid-sorter').prototype;
                  if (proto.__ctSortBy === undefined) {
                    const set = proto.setAttribute;
                    proto.setAttribute = function (name, value) {
                      if (name === 'aria-label' && typeof value === 'string' && value.startsWith('Sort by ')) {
                        value = proto.__ctSortBy.replace('{0}', value.substring('Sort by '.length));
                      }
                      return set.call(this, name, value);
                    };
                  }
                  proto.__ctSortBy = sortBy;
                });
                """, ui.getTranslation("vaadin.grid.sortBy"));
    }

    /**
     * A script for the page's head that gives every connection indicator ("Online") its text as it is connected:
     * it runs before the bootstrap defines the element, so no indicator ever shows the English default.
     */
    public static String connectionIndicatorScript(String onlineText) {
        return """
                customElements.whenDefined('vaadin-connection-indicator').then(() => {
                  const proto = customElements.get('vaadin-connection-indicator').prototype;
                  const connected = proto.connectedCallback;
                  proto.connectedCallback = function () {
                    if (connected) { connected.call(this); }
                    this.onlineText = %s;
                  };
                  document.querySelectorAll('vaadin-connection-indicator').forEach(i => { i.onlineText = %1$s; });
                });
                """.formatted(Json.create(onlineText).toJson());
    }

    private static <C extends Component> C onAttach(C component, Consumer<C> apply) {
        if (component.isAttached()) {
            apply.accept(component);
        }
        // again at every attach: a component moved into another UI takes that UI's language
        component.addAttachListener((AttachEvent e) -> apply.accept(component));
        return component;
    }

    /** A comma-separated list from one translation. */
    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }
}
