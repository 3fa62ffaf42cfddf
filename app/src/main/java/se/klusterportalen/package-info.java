/** The core application: Spring Boot configuration shared by every feature. */
@NullMarked
package se.klusterportalen;

import org.jspecify.annotations.NullMarked;
