package se.klusterportalen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The first filter of the API chain, for every endpoint under /api (also ones added later):
 * <ul>
 *   <li>a request body other than a multipart upload may hold at most {@link #MAX_BODY_BYTES} bytes; a larger one
 *   is refused with 413 before anything reads it (declared length) or after reading one byte too many (chunked);</li>
 *   <li>an error answered with {@code sendError} (which would otherwise become the container's error page, or a
 *   redirect to the login page) and an exception that escapes the controllers become {@code application/problem+json}
 *   with no stack trace.</li>
 * </ul>
 * Multipart uploads keep their own limits ({@code spring.servlet.multipart.*}).
 */
final class ApiRequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestGuard.class);

    /** 1 MiB, for JSON and any other non-multipart body. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = request;
        if (!isMultipart(request)) {
            long declared = request.getContentLengthLong();
            if (declared > MAX_BODY_BYTES) {
                tooLarge(request, response);
                return;
            }
            if (declared < 0 && hasBody(request)) {
                byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
                if (body.length > MAX_BODY_BYTES) {
                    tooLarge(request, response);
                    return;
                }
                checked = new BufferedBody(request, body);
            }
        }
        var problems = new ProblemOnSendError(request, response);
        try {
            chain.doFilter(checked, problems);
        } catch (IOException | ServletException | RuntimeException e) {
            log.error("An API request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                SecurityConfiguration.writeProblem(request, response, HttpStatus.INTERNAL_SERVER_ERROR,
                        "rejection.unexpected");
            }
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        SecurityConfiguration.writeProblem(request, response, HttpStatus.CONTENT_TOO_LARGE,
                "rejection.request.too-large", MAX_BODY_BYTES / 1024);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** A chunked body, already read and found small enough. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** {@code sendError} answers with problem details here instead of forwarding to the container's error page. */
    private static final class ProblemOnSendError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnSendError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus answer = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
            resetBuffer();
            if (answer.is5xxServerError()) {
                SecurityConfiguration.writeProblem(request, (HttpServletResponse) getResponse(), answer,
                        "rejection.unexpected");
            } else {
                SecurityConfiguration.writeProblem(request, (HttpServletResponse) getResponse(), answer,
                        "rejection.request.refused-status", answer.value() + " " + answer.getReasonPhrase());
            }
            flushBuffer();
        }
    }
}
