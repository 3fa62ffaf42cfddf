package se.klusterportalen.base.ui;

import se.klusterportalen.base.ui.DateField;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date field that shows and reads dates as the regions write them, "2026-11-29", with weeks starting on Monday,
 * whatever language the UI speaks (a plain {@link DatePicker} follows the browser's locale: "11/29/2026" and Sunday
 * first in English). Month and weekday names stay those of the UI's language.
 */
public class DateField extends DatePicker {

    /** ISO 8601 calendar date, the Swedish standard (SS-ISO 8601). */
    static final String DATE_FORMAT = "yyyy-MM-dd";
    private static final int MONDAY = 1;

    public DateField() {
        setI18n(new DatePickerI18n().setDateFormat(DATE_FORMAT).setFirstDayOfWeek(MONDAY));
    }

    public DateField(String label) {
        this();
        setLabel(label);
    }
}
