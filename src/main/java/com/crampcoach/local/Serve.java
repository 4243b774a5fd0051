package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillGate;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve [--port N]}: the skill over HTTP for local tools, {@code POST /} with a request envelope.
 * It binds to 127.0.0.1 only because it does not verify Alexa's request signatures: it is for development,
 * never an endpoint for Alexa.
 *
 * <p>One thread reads every connection without blocking and hands only complete requests to a small pool
 * of workers, so clients that connect and send nothing, or trickle bytes, hold no worker: each has
 * {@link Limits#request} to send a whole request (and {@link Limits#idle} to start the next on a kept-alive
 * connection) before it is cut off. A declared body over {@value #MAX_BODY_BYTES} bytes is refused from its
 * Content-Length header, before any of it is read.
 */
public final class Serve implements AutoCloseable {

    /** Alexa's requests are a few kilobytes; anything much larger is not one. */
    static final int MAX_BODY_BYTES = Envelopes.MAX_BYTES;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Connections beyond this are closed as they arrive; each open one costs only a buffer. */
    static final int MAX_CONNECTIONS = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final long SWEEP_NANOS = 50_000_000;
    /** After a last answer, how long the rest of a refused body is read and dropped, so the answer is not lost to a reset. */
    private static final long LINGER_NANOS = 2_000_000_000L;

    /**
     * How long a client may take.
     *
     * @param request from a request's first byte to its last (or from connecting, for the first request)
     * @param idle    between the end of an answer and the first byte of the next request on the same connection
     */
    public record Limits(Duration request, Duration idle) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private final CrampCoachHandler handler;
    private final Limits limits;
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final ThreadPoolExecutor workers;
    private final Queue<Runnable> forSelector = new ConcurrentLinkedQueue<>();
    private final Thread loop;
    private volatile boolean running = true;

    public Serve(int port, Config config) throws IOException {
        this(port, config, Limits.DEFAULT);
    }

    public Serve(int port, Config config, Limits limits) throws IOException {
        this.handler = new CrampCoachHandler(config);
        this.limits = limits;
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        int threads = workerThreads();
        // Workers only ever run the skill on a complete request (about 25 us); the queue absorbs bursts.
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4096), r -> {
            Thread t = new Thread(r, "serve-worker");
            t.setDaemon(true);
            return t;
        });
        this.loop = new Thread(this::selectLoop, "serve-io");
        loop.setDaemon(true);
    }

    /** How many requests the skill works on at once. */
    static int workerThreads() {
        return Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    }

    public void start() {
        loop.start();
    }

    public int port() {
        return listener.socket().getLocalPort();
    }

    /** The address it listens on: loopback. */
    InetAddress address() {
        return listener.socket().getInetAddress();
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(listener);
        closeQuietly(selector);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int port = 3000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                try {
                    port = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("error: --port needs a number, not '" + args[i] + "'");
                    return 2;
                }
            } else {
                err.println("error: serve takes only --port N");
                return 2;
            }
        }
        Config config;
        Serve serve;
        try {
            config = Config.local(System.getenv());
            serve = new Serve(port, config);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            out.println("serve: stopped");
            out.flush();
            stopped.countDown();
        }));
        serve.start();
        out.println("serve: Cramp Coach on http://127.0.0.1:" + serve.port() + "/ (POST a request envelope)");
        out.println("serve: loopback only. Alexa's request signatures are NOT verified: for development, never for Alexa.");
        out.println("serve: skill ID " + config.skillId() + (config.tableName() == null ? "; remembers nothing"
                : "; table " + config.tableName()) + "; Ctrl-C or SIGTERM stops it");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    // ---- the I/O thread: every socket operation happens here, none blocks ----

    private void selectLoop() {
        ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
        long lastSweep = System.nanoTime();
        try {
            while (running) {
                selector.select(100);
                for (Runnable task = forSelector.poll(); task != null; task = forSelector.poll()) {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        // An answer for a connection closed meanwhile: nothing to send it to.
                    }
                }
                for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    try {
                        if (!key.isValid()) {
                            continue;
                        }
                        if (key.isAcceptable()) {
                            accept();
                        } else if (key.isReadable()) {
                            read(key, chunk);
                        } else if (key.isWritable()) {
                            write(key);
                        }
                    } catch (IOException | RuntimeException e) {
                        // One connection failed (reset, closed under us): it alone is dropped. A failed
                        // accept (out of file descriptors, say) is retried on the next round.
                        if (key.channel() != listener) {
                            close(key);
                        }
                    }
                }
                long now = System.nanoTime();
                if (now - lastSweep > SWEEP_NANOS) {
                    lastSweep = now;
                    expire(now);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The selector itself failed: nothing more can be served; close() below releases the sockets.
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key.channel());
            }
        }
    }

    private void accept() throws IOException {
        for (int i = 0; i < 64; i++) {
            SocketChannel channel = listener.accept();
            if (channel == null) {
                return;
            }
            if (selector.keys().size() > MAX_CONNECTIONS) {
                closeQuietly(channel);
                continue;
            }
            channel.configureBlocking(false);
            // Without TCP_NODELAY, small answers wait on delayed ACKs: about 40 ms each on Linux.
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.register(selector, SelectionKey.OP_READ, new Connection(System.nanoTime() + limits.request().toNanos()));
        }
    }

    private void read(SelectionKey key, ByteBuffer chunk) {
        Connection connection = (Connection) key.attachment();
        SocketChannel channel = (SocketChannel) key.channel();
        int n;
        try {
            chunk.clear();
            n = channel.read(chunk);
        } catch (IOException e) {
            close(key);
            return;
        }
        if (n < 0) {
            close(key);
            return;
        }
        if (connection.draining) {
            return; // the answer has gone; what still arrives is dropped
        }
        if (connection.length == 0 && connection.idle) {
            // The first byte of the next request on a kept-alive connection: its time starts now.
            connection.idle = false;
            connection.deadline = System.nanoTime() + limits.request().toNanos();
        }
        connection.append(chunk.array(), n);
        advance(key, connection);
    }

    /** Acts on what a connection has sent so far: waits for more, answers early, or hands a request to a worker. */
    private void advance(SelectionKey key, Connection connection) {
        if (connection.head == null) {
            int end = connection.indexOf(HEADER_END, MAX_HEADER_BYTES);
            if (end < 0) {
                if (connection.length > MAX_HEADER_BYTES) {
                    answer(key, 431, error("request headers over " + MAX_HEADER_BYTES + " bytes"), true, null);
                }
                return;
            }
            connection.head = Head.parse(new String(connection.data, 0, end, StandardCharsets.ISO_8859_1));
            connection.bodyStart = end + HEADER_END.length;
            Head head = connection.head;
            if (head == null) {
                answer(key, 400, error("not an HTTP request"), true, null);
                return;
            }
            if (!head.path().equals("/")) {
                answer(key, 404, error("not found: POST request envelopes to /"), true, null);
                return;
            }
            if (!head.method().equals("POST")) {
                answer(key, 405, error("method not allowed: POST a request envelope"), true, "Allow: POST\r\n");
                return;
            }
            if (head.contentLength() == Head.CHUNKED) {
                answer(key, 411, error("send the body with a Content-Length"), true, null);
                return;
            }
            if (head.contentLength() < 0) {
                answer(key, 400, error("no valid Content-Length"), true, null);
                return;
            }
            if (head.contentLength() > MAX_BODY_BYTES) {
                // Answered from the header: not one byte of a body this large is read.
                answer(key, 413, error("request body over " + MAX_BODY_BYTES + " bytes"), true, null);
                return;
            }
            if (head.expectsContinue()) {
                connection.out = ByteBuffer.wrap("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                flush(key, connection);
            }
        }
        long needed = connection.bodyStart + connection.head.contentLength();
        if (connection.length < needed) {
            return;
        }
        byte[] body = Arrays.copyOfRange(connection.data, connection.bodyStart, (int) needed);
        boolean close = connection.head.close();
        connection.consume((int) needed);
        key.interestOps(0);
        connection.busy = true;
        try {
            workers.execute(() -> {
                Reply reply = respond(body);
                forSelector.add(() -> {
                    connection.busy = false;
                    if (key.isValid()) {
                        answer(key, reply.status(), reply.body(), close, null);
                    }
                });
                selector.wakeup();
            });
        } catch (RejectedExecutionException e) {
            connection.busy = false;
            answer(key, 503, error("too many requests at once; try again"), true, null);
        }
    }

    private record Reply(int status, byte[] body) {
    }

    /** Runs the skill on one request body. On a worker thread. */
    private Reply respond(byte[] body) {
        int status;
        byte[] answer;
        try {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(body), response, null);
            status = 200;
            answer = response.toByteArray();
        } catch (SkillGate.Rejected e) {
            status = e.forAnotherSkill() ? 403 : 400;
            answer = error(e.getMessage());
        } catch (IOException | RuntimeException e) {
            status = 500;
            answer = error("the skill failed on this request");
        }
        return new Reply(status, answer);
    }

    private void answer(SelectionKey key, int status, byte[] body, boolean close, String extraHeaders) {
        Connection connection = (Connection) key.attachment();
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (extraHeaders == null ? "" : extraHeaders)
                + (close ? "Connection: close\r\n" : "")
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(headBytes.length + body.length).put(headBytes).put(body);
        out.flip();
        connection.out = out;
        connection.answered = true;
        connection.closeAfterWrite = close;
        // A reply's own time to leave: a client that never reads it is cut off like a slow sender.
        connection.deadline = System.nanoTime() + limits.request().toNanos();
        flush(key, connection);
    }

    private void write(SelectionKey key) {
        flush(key, (Connection) key.attachment());
    }

    private void flush(SelectionKey key, Connection connection) {
        try {
            ((SocketChannel) key.channel()).write(connection.out);
        } catch (IOException e) {
            close(key);
            return;
        }
        if (connection.out.hasRemaining()) {
            key.interestOps(SelectionKey.OP_WRITE);
            return;
        }
        connection.out = null;
        if (!connection.answered) {
            key.interestOps(SelectionKey.OP_READ); // a 100 Continue went out; the request goes on
            return;
        }
        connection.answered = false;
        if (connection.closeAfterWrite) {
            // Half-close and drop what the client still sends for a moment: closing with unread bytes
            // would reset the connection, and the client could lose the answer.
            try {
                ((SocketChannel) key.channel()).shutdownOutput();
            } catch (IOException e) {
                close(key);
                return;
            }
            connection.draining = true;
            connection.deadline = System.nanoTime() + Math.min(LINGER_NANOS, limits.request().toNanos());
            key.interestOps(SelectionKey.OP_READ);
            return;
        }
        // Kept alive: wait for the next request, which may already be here (pipelined).
        connection.head = null;
        connection.idle = true;
        connection.deadline = System.nanoTime() + limits.idle().toNanos();
        key.interestOps(SelectionKey.OP_READ);
        if (connection.length > 0) {
            connection.idle = false;
            connection.deadline = System.nanoTime() + limits.request().toNanos();
            advance(key, connection);
        }
    }

    /** Cuts off every connection past its time: silent, trickling, or not reading its answer. */
    private void expire(long now) {
        for (SelectionKey key : new ArrayList<>(selector.keys())) {
            if (key.attachment() instanceof Connection connection && !connection.busy && now - connection.deadline > 0) {
                close(key);
            }
        }
    }

    private static void close(SelectionKey key) {
        key.cancel();
        closeQuietly(key.channel());
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing: nothing left to do with it.
        }
    }

    private static byte[] error(String message) {
        try {
            return JSON.writeValueAsBytes(Map.of("error", message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }

    /** What one connection has sent and not yet been answered for; touched by the I/O thread only. */
    private static final class Connection {
        byte[] data = new byte[1024];
        int length;
        Head head;
        int bodyStart;
        int scanned; // how far the search for the end of the headers has got
        long deadline;
        boolean idle;
        boolean busy;
        boolean answered;
        boolean draining;
        ByteBuffer out;
        boolean closeAfterWrite;

        Connection(long deadline) {
            this.deadline = deadline;
        }

        void append(byte[] bytes, int n) {
            if (length + n > data.length) {
                data = Arrays.copyOf(data, Math.max(length + n, data.length * 2));
            }
            System.arraycopy(bytes, 0, data, length, n);
            length += n;
        }

        /** Drops the first n bytes: a request handed on; what follows is the next one. */
        void consume(int n) {
            System.arraycopy(data, n, data, 0, length - n);
            length -= n;
        }

        /** Where the pattern starts in the first {@code within} bytes, or -1; each byte is looked at about once. */
        int indexOf(byte[] pattern, int within) {
            int limit = Math.min(length, within + pattern.length) - pattern.length;
            for (int i = Math.max(0, scanned - pattern.length); i <= limit; i++) {
                int j = 0;
                while (j < pattern.length && data[i + j] == pattern[j]) {
                    j++;
                }
                if (j == pattern.length) {
                    scanned = 0;
                    return i;
                }
            }
            scanned = Math.max(scanned, limit + 1);
            return -1;
        }
    }

    /** A request's line and the headers that matter here. */
    private record Head(String method, String path, long contentLength, boolean close, boolean expectsContinue) {
        static final long CHUNKED = -2;

        /** The head, or null if it is not HTTP/1.x. */
        static Head parse(String text) {
            String[] lines = text.split("\r\n");
            String[] line = lines[0].split(" ");
            if (line.length != 3 || !line[2].startsWith("HTTP/1.")) {
                return null;
            }
            String target = line[1];
            int query = target.indexOf('?');
            String path = query < 0 ? target : target.substring(0, query);
            long length = -1;
            boolean chunked = false;
            boolean close = line[2].equals("HTTP/1.0");
            boolean expects = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon <= 0) {
                    return null;
                }
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> {
                        long declared = value.matches("[0-9]{1,19}") ? parseLength(value) : -1;
                        if (declared < 0 || length >= 0 && length != declared) {
                            return new Head(line[0], path, -1, true, false);
                        }
                        length = declared;
                    }
                    case "transfer-encoding" -> chunked = true;
                    case "connection" -> {
                        String tokens = value.toLowerCase(Locale.ROOT);
                        close = tokens.contains("close") || close && !tokens.contains("keep-alive");
                    }
                    case "expect" -> expects = value.equalsIgnoreCase("100-continue");
                    default -> {
                    }
                }
            }
            if (chunked) {
                return new Head(line[0], path, CHUNKED, true, false);
            }
            // A request without a body declares none: an empty POST is a malformed envelope, not a hang.
            return new Head(line[0], path, length < 0 ? 0 : length, close, expects);
        }

        private static long parseLength(String digits) {
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE; // 19 digits over Long's range: certainly over the limit
            }
        }
    }
}
