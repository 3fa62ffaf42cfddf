/**
 * The shell every feature's views share: layout, error pages, messages and formats. An open module, so feature
 * views may use {@code base.ui}.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package se.klusterportalen.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
