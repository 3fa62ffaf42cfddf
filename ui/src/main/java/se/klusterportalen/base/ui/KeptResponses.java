package se.klusterportalen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Halves what a session keeps of its last answer (issue #19). Vaadin keeps the last UIDL answer of every UI as a
 * {@code String} until the next request, to send it again if the browser repeats a request whose answer it lost. A
 * Java string takes one byte per character while all its characters are ≤ U+00FF (Latin-1, which covers Swedish) and
 * two bytes per character as soon as one is not: an en dash (U+2013) in a page title or a heading, a minus sign, an
 * arrow. The answer of a page is the largest thing a signed-in session holds besides its components, about 40 % of
 * it; nearly every answer contains an en dash.
 *
 * <p>After each UIDL request this writes every character above U+00FF of the kept answer as a JSON escape
 * ({@code \u2013}): the same JSON for the browser (such characters only occur inside JSON strings, and the browser's
 * parser reads the escape as the character), kept at one byte per character. The answer sent this time is not
 * changed. Cost: one pass over the answer per request, and a copy when it had such characters.
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

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final class Compacting implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
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
                String kept = ui.getInternals().getLastRequestResponse();
                if (kept != null) {
                    String compact = latin1(kept);
                    if (compact != kept) {
                        ui.getInternals().setLastRequestResponse(compact);
                    }
                }
            } finally {
                session.unlock();
            }
        }
    }
}
