package io.pitstop.core.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.osgi.service.component.annotations.Component;

/**
 * Holds a REST request while the {@code /api} application is being rebuilt.
 *
 * <p>The JAX-RS whiteboard rebuilds an application whenever a resource joins or
 * leaves it (a plugin feature installed or removed): it destroys the CXF server
 * and starts a new one. A request arriving in between finds no endpoint and CXF
 * answers {@code 404 "No service was found."} although the path exists before
 * and after. This filter sits in front of the application's servlet, notices
 * exactly that answer (and only that one: a JSON 404 from a resource passes
 * through), or the moment in between when the new endpoint exists without its
 * observer (CXF then fails with a NullPointerException before reading the
 * request), and runs the request again once the new server is up, so no caller
 * sees the swap. CXF gives that answer before reading the request body, so a
 * repeat is safe; after {@link #PATIENCE_MS} the 404 goes out as it is.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=pitstop.application-swap-guard",
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for.default)"})
public class ApplicationSwapGuard implements Filter {
    private static final long PATIENCE_MS = 15_000;
    private static final long PAUSE_MS = 20;
    private static final byte[] NO_ENDPOINT = "<html><body>No service was found.</body></html>".getBytes(StandardCharsets.UTF_8);

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void destroy() {
        // holds no resources
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (true) {
            NotFoundHolder attempt = new NotFoundHolder(http);
            try {
                chain.doFilter(request, attempt);
            } catch (NullPointerException e) {
                // the new server's destination is registered a moment before its observer is set
                if (!String.valueOf(e.getMessage()).contains("incomingObserver") || !mayRepeat(deadline, http)) {
                    throw e;
                }
                attempt.swapInProgress();
            }
            if (!attempt.noEndpoint() || !mayRepeat(deadline, http)) {
                attempt.release();
                return;
            }
            http.reset();
            try {
                Thread.sleep(PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                attempt.release();
                return;
            }
        }
    }

    /** Whether a request may run again: patience left and nothing of the answer sent yet. */
    private static boolean mayRepeat(long deadline, HttpServletResponse http) {
        return System.currentTimeMillis() <= deadline && !http.isCommitted();
    }

    /** Passes everything through except the body of a 404, which it keeps until the guard decides. */
    static final class NotFoundHolder extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private boolean holding;
        private boolean swapping;
        private PrintWriter writer;
        private ServletOutputStream stream;

        NotFoundHolder(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            holding = sc == 404;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (sc == 404) {
                setStatus(sc);
            } else {
                super.sendError(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (sc == 404) {
                setStatus(sc);
            } else {
                super.sendError(sc, msg);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        held.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        held.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("a held 404 body is written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!holding) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!holding) {
                super.flushBuffer();
            }
        }

        void swapInProgress() {
            swapping = true;
        }

        boolean noEndpoint() {
            if (writer != null) {
                writer.flush();
            }
            return swapping || holding && Arrays.equals(held.toByteArray(), NO_ENDPOINT);
        }

        /** Sends what was held (a real 404 body, or the last "no endpoint" answer when patience ran out). */
        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (holding && held.size() > 0) {
                ServletOutputStream out = getResponse().getOutputStream();
                held.writeTo(out);
            }
        }
    }
}
