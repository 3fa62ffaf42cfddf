package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Component;
import se.klusterportalen.base.ui.MessagesI18NProvider;
import se.klusterportalen.base.ui.PortfolioColumn;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The portfolio export's columns that the portal computes (members, ECCP, and the columns other features contribute,
 * such as phase and current label). The export writes them for reading; the cluster import leaves them out, so that
 * an exported file can be edited and imported again.
 */
final class PortfolioExport {

    static final String MEMBERS_KEY = "cluster.portfolio.members";
    static final String ECCP_KEY = "cluster.portfolio.eccp";

    private PortfolioExport() {
    }

    /** The computed columns' headers in every language of the portal (a file may have been exported in either). */
    static Set<String> readOnlyHeaders(Component component, List<PortfolioColumn> contributed) {
        var headers = new TreeSet<String>();
        Stream.concat(Stream.of(MEMBERS_KEY, ECCP_KEY), contributed.stream().map(PortfolioColumn::headerKey))
                .forEach(key -> Stream.of(MessagesI18NProvider.SWEDISH, MessagesI18NProvider.ENGLISH)
                        .forEach(locale -> headers.add(component.getTranslation(locale, key))));
        return headers;
    }
}
