/** The programme officer's "Användare" page, the invitation dialogs and the user's page (issue #17). */
@NullMarked
package se.klusterportalen.account.ui;

import org.jspecify.annotations.NullMarked;
