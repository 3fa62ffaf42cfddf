package se.klusterportalen.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The demo user (see {@link DemoUsers}) a test runs as, signed in with a real Keycloak token <em>before</em> the
 * test's transaction opens, so that the transaction's region setting ({@code app.region}, read by PostgreSQL's
 * row-level security) and Hibernate's tenant are that user's region. On the class: every test; on a method: that
 * test (wins over the class). See docs/adr/0008-test-data.md and {@link SignInTestExecutionListener}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface SignedInAs {

    /** A username of {@link DemoUsers}. */
    String value();
}
