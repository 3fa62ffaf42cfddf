package se.klusterportalen.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service boundary's check: {@code @RequiresPermission(Permission.CLUSTER_VIEW)}. Views declare the same
 * permission with {@code @RolesAllowed}, which Vaadin checks on navigation (JSR-250 method security is off so that
 * views are never proxied).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('{value}')")
public @interface RequiresPermission {

    String value();
}
