package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The development server against clients that connect and then send nothing, or trickle their request a
 * byte at a time, or declare an enormous body, or open too many connections: it keeps answering others, cuts
 * the slow ones off, refuses the enormous one from its header and closes connections over its limit. Each test
 * runs {@code serve} in a process of its own with limits of its own (the JDK server's are per process). Every
 * loop here is bounded in count and time; nothing leaves loopback.
 */
class ServeSlowClientsTest {

    /** Generous bounds for the test's own waits: reached only if the server is broken, never on a slow machine. */
    private static final int PATIENCE_MILLIS = 20_000;

    /** Limits far longer than any test: only a broken server lets a test reach them. */
    private static final Map<String, String> LONG = Map.of("sun.net.httpserver.maxReqTime", "300",
            "sun.net.httpserver.maxRspTime", "300", "sun.net.httpserver.idleInterval", "300");
    /** The shortest the JDK allows (whole seconds), looked at every 50 ms. */
    private static final Map<String, String> SHORT = Map.of("sun.net.httpserver.maxReqTime", "1",
            "sun.net.httpserver.maxRspTime", "1", "sun.net.httpserver.idleInterval", "1",
            "sun.net.httpserver.clockTick", "50", "sun.net.httpserver.timerMillis", "50");

    private final List<Socket> sockets = new ArrayList<>();
    private ServeProcess serve;

    private void start(Map<String, String> limits) throws IOException {
        serve = new ServeProcess(limits);
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed by the server
            }
        }
        if (serve != null) {
            serve.close();
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.port);
        socket.setSoTimeout(PATIENCE_MILLIS);
        sockets.add(socket);
        return socket;
    }

    private static byte[] calfCramp() throws IOException {
        return SkillHarness.JSON.writeValueAsBytes(new SkillHarness().envelopes.intent("CalfCrampIntent"));
    }

    private static byte[] post(byte[] body) {
        byte[] head = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /** True if the server has closed this connection: a read sees end of stream (or a reset). */
    private static boolean closedByServer(Socket socket) throws IOException {
        try {
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 100_000; i++) { // bounded: a cut-off connection has at most a short answer to drain
                if (in.read() < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    @Test
    void a_normal_client_is_answered_while_many_slow_clients_hold_connections() throws Exception {
        // Limits far longer than the test: the slow clients are still connected when the normal one is answered.
        start(LONG);
        int slow = 60;
        byte[] request = post(calfCramp());
        for (int i = 0; i < slow; i++) {
            Socket socket = connect();
            switch (i % 3) {
                case 0 -> { } // connects and says nothing
                case 1 -> socket.getOutputStream().write(request, 0, 20); // half a request line
                default -> socket.getOutputStream().write(request, 0, request.length - 10); // all but the body's end
            }
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port + "/"))
                .timeout(Duration.ofMillis(PATIENCE_MILLIS)).POST(HttpRequest.BodyPublishers.ofByteArray(calfCramp())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SkillHarness.speech(SkillHarness.JSON.readTree(response.body()))).contains("toes up toward your shin");
        for (Socket socket : sockets) {
            socket.setSoTimeout(50);
            assertThat(closedByServer(socket)).as("a slow client is still waiting, not cut off").isFalse();
        }
    }

    @Test
    void a_slow_client_finishing_its_request_later_still_gets_its_answer() throws Exception {
        start(LONG);
        byte[] request = post(calfCramp());
        Socket socket = connect();
        OutputStream out = socket.getOutputStream();
        out.write(request, 0, 30);
        out.flush();
        out.write(request, 30, request.length - 30);

        String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

        assertThat(answer).isEqualTo("HTTP/1.1 200");
    }

    @Test
    void a_client_that_sends_nothing_is_cut_off_after_its_request_time() throws Exception {
        start(SHORT);
        Socket silent = connect();

        assertThat(closedByServer(silent)).isTrue();
    }

    @Test
    void a_client_that_trickles_its_request_is_cut_off_before_it_ends() throws Exception {
        start(SHORT);
        byte[] request = post(calfCramp());
        Socket trickle = connect();
        OutputStream out = trickle.getOutputStream();
        trickle.setSoTimeout(1);
        boolean cut = false;
        long giveUp = System.nanoTime() + PATIENCE_MILLIS * 1_000_000L;
        int sent = 0;
        // One byte every 20 ms: the whole request would take far longer than the test waits.
        while (sent < request.length && System.nanoTime() < giveUp) {
            try {
                out.write(request[sent]);
                out.flush();
                sent++;
            } catch (IOException e) {
                cut = true;
                break;
            }
            if (closedByServer(trickle)) {
                cut = true;
                break;
            }
            Thread.sleep(20);
        }

        assertThat(cut).as("cut off while trickling").isTrue();
        assertThat(sent).isLessThan(request.length);
    }

    @Test
    void a_declared_10_gb_body_followed_by_silence_gets_413_at_once() throws Exception {
        // The request time is far longer than the test waits: a 413 can only come from the header.
        start(LONG);
        Socket socket = connect();
        socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + 10L * 1024 * 1024 * 1024
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

        String answer = response(socket);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("request body over " + Serve.MAX_BODY_BYTES + " bytes");
    }

    @Test
    void a_body_over_the_limit_sent_whole_still_gets_its_413_every_time() throws Exception {
        // An ordinary client writes the whole body while the refusal is on its way. Serve's own limits (none
        // given here) have the server read the rest and throw it away, so the connection is not reset under the
        // answer. With the JDK's 64 KB, 7 of 400 such posts lost their answer.
        start(Map.of());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + serve.port + "/");
        for (int size : new int[] {Serve.MAX_BODY_BYTES + 1, Serve.MAX_DRAIN_BYTES - 1024}) {
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(PATIENCE_MILLIS))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[size])).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as("%d bytes, attempt %d", size, i).isEqualTo(413);
            }
        }
    }

    /** One whole response: its head, then as many bytes as its Content-Length says (the connection may stay open). */
    private static String response(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n") && head.length() < 16_384) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        int bytes = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
    }

    @Test
    void connections_over_the_limit_are_closed_as_they_arrive_and_the_others_still_answered() throws Exception {
        Map<String, String> limits = new java.util.HashMap<>(LONG);
        limits.put("jdk.httpserver.maxConnections", "3");
        start(limits);
        byte[] request = post(calfCramp());
        Socket first = connect();
        connect();
        connect();

        Socket over = connect();

        assertThat(closedByServer(over)).as("the fourth connection is closed").isTrue();
        first.getOutputStream().write(request);
        assertThat(response(first)).startsWith("HTTP/1.1 200").contains("toes up toward your shin");
    }

    @Test
    void requests_sent_back_to_back_on_one_connection_are_each_answered() throws Exception {
        start(LONG);
        byte[] one = post(calfCramp());
        byte[] twice = new byte[one.length * 2];
        System.arraycopy(one, 0, twice, 0, one.length);
        System.arraycopy(one, 0, twice, one.length, one.length);
        Socket socket = connect();
        socket.getOutputStream().write(twice);
        socket.shutdownOutput();

        String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(answers.split("HTTP/1.1 200", -1)).hasSize(3);
    }
}
