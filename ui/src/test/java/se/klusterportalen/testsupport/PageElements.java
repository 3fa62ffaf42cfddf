package se.klusterportalen.testsupport;

import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import se.klusterportalen.base.ui.SharedMarkup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page's elements as the browser has them, for browserless tests (issue #19): the components' elements, and, inside
 * an element whose content is markup (fetched from its {@link SharedMarkup} address, {@code data-markup}, or set as
 * its {@code innerHTML} property), that markup parsed as a browser would and given as detached {@link Element}s with
 * the same tags, attributes and texts. So a test finds a figure or a heading by its id whether it is a component or
 * markup.
 */
public final class PageElements {

    private final SharedMarkup markup;

    public PageElements(SharedMarkup markup) {
        this.markup = markup;
    }

    /** The element of that id anywhere under {@code root}. */
    public Optional<Element> find(Element root, String id) {
        if (root.isTextNode()) {
            return Optional.empty();
        }
        var element = expanded(root);
        if (id.equals(element.getAttribute("id")) || id.equals(element.getProperty("id"))) {
            return Optional.of(element);
        }
        return element.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    /** Every element of that tag under {@code root}, itself included. */
    public List<Element> all(Element root, String tag) {
        var found = new ArrayList<Element>();
        if (root.isTextNode()) {
            return found;
        }
        var element = expanded(root);
        if (tag.equals(element.getTag())) {
            found.add(element);
        }
        element.getChildren().forEach(child -> found.addAll(all(child, tag)));
        return found;
    }

    /** The markup an element's content is made of (its address's or its innerHTML), if it is markup. */
    public Optional<String> markupOf(Element element) {
        String address = element.getAttribute("data-markup");
        if (address != null) {
            return Optional.of(markup.at(address).orElseThrow(() -> new AssertionError("nothing at " + address)));
        }
        return element.hasProperty("innerHTML") ? Optional.of(element.getProperty("innerHTML", ""))
                : Optional.empty();
    }

    /** The element itself, or, when its content is markup, a detached copy with that markup as its children. */
    public Element expanded(Element element) {
        var html = markupOf(element);
        if (html.isEmpty()) {
            return element;
        }
        var copy = new Element(element.getTag());
        element.getAttributeNames().filter(name -> !name.equals("data-markup"))
                .forEach(name -> copy.setAttribute(name, element.getAttribute(name)));
        if (element.hasProperty("id")) {
            copy.setAttribute("id", element.getProperty("id"));
        }
        var body = "table".equals(element.getTag())
                ? Jsoup.parseBodyFragment("<table>" + html.get() + "</table>").body().child(0)
                : Jsoup.parseBodyFragment(html.get()).body();
        body.childNodes().forEach(child -> convert(child).ifPresent(copy::appendChild));
        return copy;
    }

    private static Optional<Element> convert(Node node) {
        if (node instanceof TextNode text) {
            return Optional.of(Element.createText(text.getWholeText()));
        }
        if (!(node instanceof org.jsoup.nodes.Element source)) {
            return Optional.empty();
        }
        var element = new Element(source.tagName());
        source.attributes().forEach(attribute -> element.setAttribute(attribute.getKey(), attribute.getValue()));
        source.childNodes().forEach(child -> convert(child).ifPresent(element::appendChild));
        return Optional.of(element);
    }
}
