package io.pitstop.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A broker on loopback that answers each POST with what the test decides: a JSON answer (200) or null (503). Plain
 * sockets, because the in-container probe cannot import the JDK's {@code com.sun.net.httpserver}.
 */
final class LocalBroker implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;

    /** {@code answer} gets the Authorization header and the body. */
    LocalBroker(BiFunction<String, String, String> answer) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    serve(socket, answer);
                } catch (IOException e) {
                    // closed, or a client gone: the next attempt is the route's business
                }
            }
        }, "local-broker");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private static void serve(Socket socket, BiFunction<String, String, String> answer) throws IOException {
        InputStream in = socket.getInputStream();
        String authorization = null;
        int length = 0;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            } else if (lower.startsWith("authorization:")) {
                authorization = line.substring(14).trim();
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        String reply = answer.apply(authorization, body);
        byte[] bytes = (reply == null ? "busy" : reply).getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(((reply == null ? "HTTP/1.1 503 Service Unavailable" : "HTTP/1.1 200 OK") + "\r\nContent-Type: "
                + "application/json\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
