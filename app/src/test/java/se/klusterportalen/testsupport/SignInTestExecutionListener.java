package se.klusterportalen.testsupport;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.transaction.TransactionalTestExecutionListener;

/**
 * Signs the user of {@link SignedInAs} in before Spring's {@link TransactionalTestExecutionListener} opens the
 * test's transaction (it runs at order 4000, this one just before), and signs out after the rollback. Registered
 * for every Spring test in {@code META-INF/spring.factories}; a test without the annotation is left alone.
 */
public class SignInTestExecutionListener extends AbstractTestExecutionListener {

    static final int ORDER = 3_900;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        var user = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestMethod(), SignedInAs.class);
        if (user == null) {
            user = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestClass(), SignedInAs.class);
        }
        if (user != null) {
            testContext.getApplicationContext().getBean(RealLogin.class).as(user.value());
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(RealLogin.class).ifAvailable(RealLogin::logout);
        }
    }
}
