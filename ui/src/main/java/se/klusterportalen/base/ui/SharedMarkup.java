package se.klusterportalen.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Read-only markup that the browser fetches from an address instead of receiving it inside Vaadin's answer (issue
 * #19, ADR 0093): a large static fragment (the overview's phase panel with its heat map, about 70 000 characters at
 * 300 clusters) set as a property travels in the UIDL answer, and Vaadin keeps each UI's last answer until its next
 * request, so every session on the overview held its own copy. Here the element gets only an address,
 * {@code markup/<region>/<digest>}, and fills itself from it with one {@code fetch} (no npm code,
 * {@code Element#executeJs}).
 *
 * <p>The address is content-addressed: the digest is SHA-256 over the region, the user's role set and the markup
 * (which already carries the data version's figures, the language and what the roles may see), so it never changes
 * its content and the browser may keep it ({@code immutable}); a new data version with the same markup (a cluster's
 * description edited) keeps the address and the browser's copy. It is served only to a signed-in user of the same
 * region with the same role set ({@link SharedMarkupController}). The markup itself is held once per content for
 * all sessions (at most {@value #ENTRIES} contents; the string is the one the overview's cache entry holds).
 */
@Component
public class SharedMarkup {

    static final int ENTRIES = 128;

    /** The path's first segment. */
    static final String PATH = "markup";

    private static final Pattern DIGEST = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What an address serves and to whom. */
    record Content(String region, Set<Role> roles, String markup) {
        Content {
            roles = Set.copyOf(roles);
        }
    }

    private final CurrentUser currentUser;

    /** Digest by content (a repeated content, usually the same String, is not hashed again). */
    private final Map<Content, String> digests = lru();

    /** Content by digest. */
    private final Map<String, Content> contents = lru();

    public SharedMarkup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * Makes {@code component}'s content the markup (HTML of its children, escaped by its maker) fetched from its
     * address each time the component is attached; the address is also its {@code data-markup} attribute (tests read
     * the markup back with {@link #at(String)}); it may be filled again with other markup (one attach listener, the
     * address set last). Without a signed-in user of a region (tests inside one transaction
     * still have one) the markup is set as the {@code innerHTML} property as before.
     */
    public void fill(HasElement component, String markup) {
        var element = component.getElement();
        Optional<String> address = currentUser.get().flatMap(user -> publish(user, markup));
        if (address.isEmpty()) {
            element.removeAttribute("data-markup");
            element.setProperty("innerHTML", markup);
            return;
        }
        // filled again (the portfolio's next page): one attach listener, which fetches the address set last
        boolean first = !element.hasAttribute("data-markup");
        element.setAttribute("data-markup", address.get());
        String failed = UI.getCurrent() == null ? "" : UI.getCurrent().getTranslation("markup.failed");
        if (first) {
            element.addAttachListener(attach -> {
                String last = attach.getSource().getAttribute("data-markup");
                if (last != null) {
                    fetch(attach.getSource(), last, failed);
                }
            });
        }
        if (element.getNode().isAttached()) {
            fetch(element, address.get(), failed);
        }
    }

    private static void fetch(com.vaadin.flow.dom.Element element, String address, String failed) {
        // relative to the document's base (the application's root); the browser keeps the answer (immutable)
        // an element inside with the focus and a data-focus-key (the portfolio's pager and sort buttons) has it again
        // in the new markup: a keyboard user stays on "next" page after page
        element.executeJs("const e = this; fetch($0, {credentials: 'same-origin'})"
                + ".then(r => { if (!r.ok) throw new Error(r.status); return r.text(); })"
                + ".then(html => { if (e.dataset.markup !== $0) return;"
                + " const a = document.activeElement; const k = a && e.contains(a) ? a.dataset.focusKey : undefined;"
                + " e.innerHTML = html;"
                + " const n = k ? e.querySelector('[data-focus-key=\"' + CSS.escape(k) + '\"]') : null;"
                + " if (n && !n.disabled) n.focus({preventScroll: true}); })"
                + ".catch(() => { if (e.dataset.markup === $0) e.textContent = $1; })", address, failed);
    }

    /** The address of this markup for the signed-in user, registered for them; empty without a region. */
    Optional<String> publish(PortalUser user, String markup) {
        if (user.regionCode().isEmpty()) {
            return Optional.empty();
        }
        var content = new Content(user.regionCode().get(), user.roles(), markup);
        String digest;
        synchronized (this) {
            digest = digests.get(content);
            if (digest == null) {
                digest = digest(content);
                digests.put(content, digest);
            }
            Content known = contents.get(digest);
            if (known == null) {
                contents.put(digest, content);
            }
        }
        return Optional.of(PATH + "/" + content.region() + "/" + digest);
    }

    /**
     * The content of an address as published, empty when unknown (never published, or pushed out by
     * {@value #ENTRIES} newer contents). For tests and {@link SharedMarkupController}, which also checks the reader.
     */
    public Optional<String> at(String address) {
        return content(address).map(Content::markup);
    }

    synchronized Optional<Content> content(String address) {
        String[] parts = address.split("/");
        if (parts.length != 3 || !parts[0].equals(PATH) || !DIGEST.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(contents.get(parts[2])).filter(content -> content.region().equals(parts[1]));
    }

    int size() {
        synchronized (this) {
            return contents.size();
        }
    }

    /**
     * The markup with every character above U+00FF as a numeric character reference: the same text for the browser,
     * held at one byte per character (a Java string with one such character, an en dash, takes two for all).
     */
    public static String latin1(CharSequence html) {
        int first = -1;
        for (int i = 0; i < html.length(); i++) {
            if (html.charAt(i) > 0xFF) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return html.toString();
        }
        var out = new StringBuilder(html.length() + 64).append(html, 0, first);
        for (int i = first; i < html.length(); ) {
            int c = Character.codePointAt(html, i);
            i += Character.charCount(c);
            if (c > 0xFF) {
                out.append("&#").append(c).append(';');
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static String digest(Content content) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(content.region().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            content.roles().stream().map(Role::name).sorted().forEach(role -> {
                sha.update(role.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            sha.update(content.markup().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ENTRIES;
            }
        };
    }
}
