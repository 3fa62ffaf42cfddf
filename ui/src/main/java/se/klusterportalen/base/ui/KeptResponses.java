package se.klusterportalen.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Shrinks what a session keeps of its last answer (issue #19). Vaadin keeps the last UIDL answer of every UI as a
 * {@code String} until that UI's next request, to send it again if the browser repeats a request whose answer it
 * lost ({@code UidlRequestHandler}: on a resent message it writes {@code UIInternals#getLastRequestResponse()} as it
 * is). The answer of a page is the largest thing a nearly empty signed-in session holds besides its components: the
 * floor's navigation answer (the shell and the notifications page) is about 14 000 characters, the overview's about
 * 25 000, and it stays for as long as the user reads the page.
 *
 * <p>After each UIDL request the kept answer is
 * <ol>
 *   <li>written with every character above U+00FF as a JSON escape ({@code \u2013}): the same JSON for the browser
 *   (such characters only occur inside JSON strings), one byte per character;</li>
 *   <li>deflated (zlib, fastest level: the floor's 14 000 characters to about 3 500 bytes) into the UI's data, and
 *   the kept string dropped.</li>
 * </ol>
 * At the start of the UI's next UIDL request, before Vaadin reads the message, the answer is inflated back into
 * {@code UIInternals} (the session locked), so a resent message gets exactly the answer it got the first time. The
 * answer sent this time is not changed. Cost: deflating the answer once and inflating it once per UIDL request
 * (tens of microseconds for the floor's answer).
 *
 * <p>Consistency: the answer is either in {@code UIInternals} (Vaadin's own, the truth) or, when that is empty, in
 * the UI's packed copy; packing and unpacking hold the session's lock, unpacking only fills an empty slot and packing
 * always packs the newest answer, so two requests of one UI crossing each other cannot bring back an older answer.
 */
@Component
class KeptResponses implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new Compacting());
    }

    /**
     * The JSON text with every character above U+00FF written as a {@code \\uXXXX} escape (surrogate pairs as two);
     * the same instance when there is none.
     */
    static String latin1(String json) {
        int first = -1;
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) > 0xFF) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return json;
        }
        var out = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF) {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The kept answer of a UI, deflated (its Latin-1 bytes), and its length in characters; serializable as the rest of
     * a Vaadin session (should sessions ever be persisted or replicated).
     */
    record Packed(byte[] deflated, int length) implements java.io.Serializable {
    }

    /**
     * Moves the UI's kept answer (Latin-1 escaped, {@link #latin1}) into its packed copy and empties Vaadin's slot;
     * nothing when the slot is empty. The caller holds the session's lock.
     */
    static void pack(UI ui) {
        String kept = ui.getInternals().getLastRequestResponse();
        if (kept == null) {
            return;
        }
        byte[] bytes = latin1(kept).getBytes(StandardCharsets.ISO_8859_1);
        var deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            var out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            ComponentUtil.setData(ui, Packed.class, new Packed(out.toByteArray(), bytes.length));
            ui.getInternals().setLastRequestResponse(null);
        } finally {
            deflater.end();
        }
    }

    /**
     * Puts the packed answer back into Vaadin's slot when that is empty (so a resent message is answered with it) and
     * drops the packed copy; nothing when there is none. The caller holds the session's lock.
     */
    static void unpack(UI ui) {
        Packed packed = ComponentUtil.getData(ui, Packed.class);
        if (packed == null) {
            return;
        }
        ComponentUtil.setData(ui, Packed.class, null);
        if (ui.getInternals().getLastRequestResponse() != null) {
            return; // a newer answer is already there
        }
        var inflater = new Inflater();
        try {
            inflater.setInput(packed.deflated());
            byte[] bytes = new byte[packed.length()];
            int read = 0;
            while (read < bytes.length && !inflater.finished()) {
                int n = inflater.inflate(bytes, read, bytes.length - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                read += n;
            }
            if (read != bytes.length) {
                throw new IllegalStateException("kept answer of UI " + ui.getUIId() + " inflated to " + read
                        + " of " + bytes.length + " bytes");
            }
            ui.getInternals().setLastRequestResponse(new String(bytes, StandardCharsets.ISO_8859_1));
        } catch (DataFormatException e) {
            throw new IllegalStateException("kept answer of UI " + ui.getUIId() + " not readable", e);
        } finally {
            inflater.end();
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final class Compacting implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            if (!HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)
                    || !(request.getWrappedSession(false) instanceof WrappedHttpSession http)) {
                return;
            }
            int uiId;
            try {
                uiId = Integer.parseInt(String.valueOf(request.getParameter(ApplicationConstants.UI_ID_PARAMETER)));
            } catch (NumberFormatException e) {
                return; // Vaadin answers such a request itself
            }
            for (VaadinSession session : VaadinSession.getAllSessions(http.getHttpSession())) {
                if (session.getService() != request.getService()) {
                    continue;
                }
                session.lock();
                try {
                    UI ui = session.getUIById(uiId);
                    if (ui != null) {
                        unpack(ui);
                    }
                } finally {
                    session.unlock();
                }
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                    Exception exception) {
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
            if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)
                    || request.getWrappedSession(false) == null) {
                // no HTTP session left (the request signed the user out): findUI would try to make one after the
                // answer was sent, and there is no kept answer to compact
                return;
            }
            session.lock();
            try {
                UI ui = session.getService().findUI(request);
                if (ui == null) {
                    return;
                }
                pack(ui);
            } finally {
                session.unlock();
            }
        }
    }
}
