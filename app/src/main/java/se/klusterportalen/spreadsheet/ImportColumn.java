package se.klusterportalen.spreadsheet;

/** A column an import file may have: found by its header (or its field name), documented in the template. */
public interface ImportColumn {

    String header();

    String field();

    boolean required();

    /** What the column holds, for the template's sheet of column descriptions. */
    String format();

    String example();
}
