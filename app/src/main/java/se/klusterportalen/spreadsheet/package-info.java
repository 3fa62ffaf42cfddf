/** Spreadsheets in (.xlsx, .csv) and out (.xlsx), shared by every import and export. */
@NullMarked
package se.klusterportalen.spreadsheet;

import org.jspecify.annotations.NullMarked;
