package com.crampcoach.memory;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * DynamoDB Local on the loopback interface only: one shared instance per test JVM (in memory, on a free
 * port, started on first use), instances of a test's own (to stop and restart), and a command for trying
 * the skill's memory by hand:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.crampcoach.memory.LocalDynamo [-Dexec.args="--port 8000"]}.
 *
 * <p>The fixtures' clients have timeouts of their own, generous ones: a test's correctness never depends on
 * how fast a loaded machine answers, and never borrows the production client's short timeouts.
 */
public final class LocalDynamo {

    public static final String TABLE = "cramp-coach-test";
    /** Long enough that only a broken test waits it out. */
    public static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final Object LOCK = new Object();
    private static Instance shared;

    private LocalDynamo() {
    }

    /** A running DynamoDB Local. */
    public static final class Instance implements AutoCloseable {
        private final DynamoDBProxyServer server;
        public final int port;

        private Instance(DynamoDBProxyServer server, int port) {
            this.server = server;
            this.port = port;
        }

        public String endpoint() {
            return "http://127.0.0.1:" + port;
        }

        @Override
        public void close() {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not stop: " + e.getMessage(), e);
            }
        }
    }

    /** The endpoint of the shared DynamoDB Local, with the table created. */
    public static String endpoint() {
        synchronized (LOCK) {
            if (shared == null) {
                Instance instance = start(freePort(), null);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        instance.close();
                    } catch (RuntimeException e) {
                        // The JVM is exiting anyway.
                    }
                }));
                createTable(client(instance.endpoint()).get(), TABLE);
                shared = instance;
            }
            return shared.endpoint();
        }
    }

    /** The port of the shared DynamoDB Local. */
    public static int port() {
        endpoint();
        synchronized (LOCK) {
            return shared.port;
        }
    }

    /** A fixture client for the shared DynamoDB Local. */
    public static DynamoClient client() {
        return client(endpoint());
    }

    /** A fixture client for any endpoint: static credentials, generous timeouts. */
    public static DynamoClient client(String endpoint) {
        return new DynamoClient(() -> DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(GENEROUS).socketTimeout(GENEROUS).build())
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(GENEROUS).apiCallTimeout(GENEROUS.multipliedBy(2)))
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build());
    }

    /**
     * The deployed client (its HTTP client, timeouts and retries, as {@link DynamoClient#builder} makes them) pointed
     * at {@code endpoint}: only the endpoint and the static credentials are the test's. For tests and benchmarks that
     * measure the production bounds on purpose.
     */
    public static DynamoClient deployedClient(String endpoint) {
        return new DynamoClient(() -> DynamoClient.builder(java.util.Map.of())
                .endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build());
    }

    /** The skill as deployed with a table, remembering through {@code memory}. */
    /** The skill on {@code memory}, asking {@code zones} for the person's time zone. */
    public static com.crampcoach.CrampCoachHandler skill(Memory memory, com.crampcoach.alexa.TimeZones zones) {
        return new com.crampcoach.CrampCoachHandler(new com.crampcoach.Config(com.crampcoach.Config.DEVELOPMENT_SKILL_ID,
                TABLE, java.util.Map.of()), memory, zones);
    }

    public static com.crampcoach.CrampCoachHandler skill(Memory memory, com.crampcoach.alexa.TimeZones zones,
            com.crampcoach.alexa.ReminderApi reminders) {
        return new com.crampcoach.CrampCoachHandler(new com.crampcoach.Config(com.crampcoach.Config.DEVELOPMENT_SKILL_ID,
                TABLE, java.util.Map.of()), memory, zones, reminders);
    }

    public static com.crampcoach.CrampCoachHandler skill(Memory memory) {
        return new com.crampcoach.CrampCoachHandler(new com.crampcoach.Config(com.crampcoach.Config.DEVELOPMENT_SKILL_ID,
                TABLE, java.util.Map.of()), memory);
    }

    /** Memory on the shared table, through a fixture client, with a generous deadline. */
    public static Memory memory(Clock clock) {
        return new Memory(new UserTable(client(), TABLE, clock), GENEROUS);
    }

    /**
     * Starts a DynamoDB Local on 127.0.0.1:{@code port}; in memory, or kept in {@code folder} so that what
     * it holds survives a stop and a start.
     */
    public static Instance start(int port, Path folder) {
        List<String> args = new ArrayList<>(List.of("-port", String.valueOf(port), "-disableTelemetry"));
        if (folder == null) {
            args.add("-inMemory");
        } else {
            args.addAll(List.of("-sharedDb", "-dbPath", folder.toString()));
        }
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            loopbackOnly(server);
            server.start();
            return new Instance(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * DynamoDB Local has no option for the interface it listens on and takes them all; its Jetty server is
     * not started yet, so its one connector is bound to the loopback address before it is.
     */
    private static void loopbackOnly(DynamoDBProxyServer server) throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        for (var connector : ((Server) field.get(server)).getConnectors()) {
            ((ServerConnector) connector).setHost(InetAddress.getLoopbackAddress().getHostAddress());
        }
    }

    /**
     * {@code [--port N] [--table NAME]}: starts DynamoDB Local on 127.0.0.1, creates the table, checks that it
     * answers, and only then prints the line that says it is ready.
     */
    public static void main(String[] args) throws Exception {
        int port = 8000;
        String table = "cramp-coach";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--table" -> table = args[i + 1];
                default -> throw new IllegalArgumentException("usage: [--port N] [--table NAME]");
            }
        }
        Instance instance = start(port, null);
        DynamoDbClient client = client(instance.endpoint()).get();
        createTable(client, table);
        String created = table;
        client.describeTable(b -> b.tableName(created));
        System.out.println("DynamoDB Local ready on " + instance.endpoint() + " with table " + table
                + " (in memory; Ctrl-C stops it). In another terminal:");
        System.out.println("  TABLE_NAME=" + table + " AWS_ENDPOINT_URL_DYNAMODB=" + instance.endpoint()
                + " AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=us-east-1 ./cramp-coach chat");
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The table as template.yaml declares it: the user's ID as key. */
    public static void createTable(DynamoDbClient client, String table) {
        try {
            client.createTable(b -> b.tableName(table)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("userId")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("userId").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
        } catch (ResourceInUseException e) {
            // Already there.
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
