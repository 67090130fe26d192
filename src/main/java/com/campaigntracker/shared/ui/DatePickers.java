package com.campaigntracker.shared.ui;

import com.campaigntracker.shared.time.DateWindow;
import com.vaadin.flow.component.datepicker.DatePicker;

/** Every date picker offers the dates the services accept ({@link DateWindow}); they check again. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker bounded(DatePicker picker) {
        picker.setMin(DateWindow.MIN);
        picker.setMax(DateWindow.MAX);
        return ComponentTexts.datePicker(picker);
    }
}
