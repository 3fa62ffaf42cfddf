package se.klusterportalen.testsupport;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread while a piece of work runs (queries, lazy
 * loads, inserts; not JdbcTemplate's), for tests that a page issues as many statements for a large region as for a
 * small one (no N+1). A count, never a time.
 */
@Component
public class SqlStatements implements HibernatePropertiesCustomizer {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put("hibernate.session_factory.statement_inspector", (StatementInspector) sql -> {
            var recorded = RECORDED.get();
            if (recorded != null) {
                recorded.add(sql);
            }
            return sql;
        });
    }

    /** The statements prepared while {@code work} ran on this thread, in order. */
    public List<String> during(Runnable work) {
        var recorded = new ArrayList<String>();
        RECORDED.set(recorded);
        try {
            work.run();
        } finally {
            RECORDED.remove();
        }
        return recorded;
    }
}
