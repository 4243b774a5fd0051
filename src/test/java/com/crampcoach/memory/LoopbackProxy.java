package com.crampcoach.memory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A TCP proxy on 127.0.0.1 in front of a real DynamoDB Local, for fault tests: it records every request
 * (its operation and body) and, as the test decides per request, passes it, forwards it and holds the
 * answer back for a while, forwards it and drops the answer, drops the request itself, or answers with an
 * error of its choosing (before or after forwarding). One request per
 * connection ({@code Connection: close}), so that each answer can be held or dropped alone.
 */
public final class LoopbackProxy implements AutoCloseable {

    /** What the proxy does with one request. */
    public sealed interface Fault {
        /** Forwarded, answered at once. */
        record Pass() implements Fault {
        }

        /** Forwarded and applied; the answer is held back this long. */
        record DelayAnswer(Duration delay) implements Fault {
        }

        /** Forwarded and applied; the answer never comes (the connection is closed). */
        record DropAnswer() implements Fault {
        }

        /** Never forwarded: the connection is closed. */
        record DropRequest() implements Fault {
        }

        /** Never forwarded: answered at once with this HTTP status and DynamoDB error code, as DynamoDB answers. */
        record Refuse(int status, String code) implements Fault {
        }

        /** Forwarded and applied, then answered with this HTTP status and error code instead of DynamoDB's answer. */
        record AppliedThenError(int status, String code) implements Fault {
        }

        Fault PASS = new Pass();
    }

    /** A request as the proxy saw it: the DynamoDB operation (GetItem, PutItem...), its signature and JSON body. */
    public record Request(String operation, String authorization, String body) {
    }

    private final ServerSocket server;
    private final int upstreamPort;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new ArrayList<>();
    /** Requests whose fate is sealed: forwarded and answered by DynamoDB Local, or dropped. */
    private int settled;
    private volatile Function<Request, Fault> policy = request -> Fault.PASS;

    public LoopbackProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.submit(this::accept);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public void policy(Function<Request, Fault> policy) {
        this.policy = policy;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                pool.submit(() -> exchange(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void exchange(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            int length = 0;
            String operation = "";
            String authorization = "";
            StringBuilder rewritten = new StringBuilder();
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                } else if (lower.startsWith("x-amz-target:")) {
                    operation = line.substring(line.indexOf('.') + 1).trim();
                } else if (lower.startsWith("authorization:")) {
                    authorization = line.substring(14).trim();
                } else if (lower.startsWith("connection:")) {
                    continue;
                }
                rewritten.append(line).append("\r\n");
            }
            rewritten.append("Connection: close\r\n\r\n");
            byte[] body = in.readNBytes(length);
            Request request = new Request(operation, authorization, new String(body, StandardCharsets.UTF_8));
            synchronized (requests) {
                requests.add(request);
            }
            Fault fault = policy.apply(request);
            byte[] answer = null;
            try {
                if (!(fault instanceof Fault.DropRequest) && !(fault instanceof Fault.Refuse)) {
                    answer = forward(rewritten.toString(), body);
                }
            } finally {
                settle();
            }
            if (fault instanceof Fault.Refuse refuse) {
                answer = error(refuse.status(), refuse.code());
            } else if (fault instanceof Fault.AppliedThenError applied && answer != null) {
                answer = error(applied.status(), applied.code());
            }
            if (answer == null) {
                return;
            }
            if (fault instanceof Fault.DropAnswer) {
                return;
            }
            if (fault instanceof Fault.DelayAnswer delay) {
                Thread.sleep(delay.delay().toMillis());
            }
            client.getOutputStream().write(answer);
            client.getOutputStream().flush();
        } catch (IOException e) {
            // The client gave up, or DynamoDB Local is stopped: the connection just ends, as on a network.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] forward(String head, byte[] body) {
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            OutputStream out = upstream.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return upstream.getInputStream().readAllBytes();
        } catch (IOException e) {
            return null; // DynamoDB Local is stopped: the client's connection just ends.
        }
    }

    /** An error answer as DynamoDB writes one: the status, and the error code in the JSON body's {@code __type}. */
    private static byte[] error(int status, String code) {
        byte[] body = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code + "\",\"message\":\"injected by the test\"}")
                .getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " Injected\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\n"
                + "x-amzn-RequestId: loopback-proxy\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        byte[] head8 = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] answer = new byte[head8.length + body.length];
        System.arraycopy(head8, 0, answer, 0, head8.length);
        System.arraycopy(body, 0, answer, head8.length, body.length);
        return answer;
    }

    private void settle() {
        synchronized (requests) {
            settled++;
            requests.notifyAll();
        }
    }

    /** Waits until every request received so far has been applied or dropped (answers may still be held). */
    public void awaitSettled(Duration patience) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        synchronized (requests) {
            while (settled < requests.size()) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("requests still unsettled after " + patience);
                }
                requests.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            if (matched == 4) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
