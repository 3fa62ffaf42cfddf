/**
 * E-mail to people of the portal, only where SMTP is configured ({@code spring.mail.host}); see {@link PortalMail}.
 */
@NullMarked
package se.klusterportalen.mail;

import org.jspecify.annotations.NullMarked;
