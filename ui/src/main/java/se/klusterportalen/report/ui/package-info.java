/** The report feature's views: download links for the PDF reports on the overview and the cluster page. */
@NullMarked
package se.klusterportalen.report.ui;

import org.jspecify.annotations.NullMarked;
