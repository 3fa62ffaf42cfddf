package se.klusterportalen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.klusterportalen.rejection.Rejection;

/**
 * The one place where the UI handles failures no view handled: every session gets this error handler. A
 * {@link Rejection} (anywhere in the cause chain) is shown with {@link Rejections#show}; method security's
 * {@link AccessDeniedException} as "not allowed"; an unreachable database (see {@link #databaseUnavailable}) as
 * "the database cannot be reached, try again" (the form keeps its values); anything else is logged with its stack trace and the user
 * sees a generic translated message, never the exception.
 */
@Component
class RejectionErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable throwable = event.getThrowable();
        if (UI.getCurrent() == null) {
            LOG.error("Unexpected error outside a UI", throwable);
            return;
        }
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof Rejection rejection) {
                LOG.debug("Rejected: {}", rejection.getMessage());
                Rejections.show(rejection);
                return;
            }
            if (databaseUnavailable(cause)) {
                LOG.warn("Database unavailable: {}", cause.toString());
                Rejections.showDatabaseUnavailable();
                return;
            }
            if (cause instanceof AccessDeniedException denied) {
                LOG.warn("Access denied: {}", denied.getMessage());
                Rejections.show(denied);
                return;
            }
        }
        LOG.error("Unexpected error", throwable);
        Rejections.showUnexpected();
    }

    /**
     * The pool could not give a connection (Hikari's timeout while PostgreSQL is down or restarting), the
     * transaction could not begin, or the connection broke (SQLSTATE class 08, or 57P: the server shut down or is
     * starting): the database is unavailable, not the request wrong.
     * Hikari replaces broken connections by itself once PostgreSQL answers again.
     */
    static boolean databaseUnavailable(Throwable cause) {
        return cause instanceof java.sql.SQLTransientConnectionException
                || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof java.sql.SQLNonTransientConnectionException
                || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }
}
