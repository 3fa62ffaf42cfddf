/**
 * Reports: the region report and the one-page cluster report as PDF (Swedish or English, A4), drawn from the
 * figures of every feature. {@link se.klusterportalen.report.ReportService} is the one public entry; the HTML is
 * built by a package-private template and turned into PDF by one renderer class. See docs/adr/0060-reports.md.
 */
@NullMarked
package se.klusterportalen.report;

import org.jspecify.annotations.NullMarked;
