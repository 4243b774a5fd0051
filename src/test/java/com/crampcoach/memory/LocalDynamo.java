package com.crampcoach.memory;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * DynamoDB Local, in memory, on a free loopback port: one per test JVM, started on first use and
 * stopped when the JVM exits. Also a command for trying the skill's memory by hand:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.crampcoach.memory.LocalDynamo}.
 */
public final class LocalDynamo {

    public static final String TABLE = "cramp-coach-test";
    private static final Object LOCK = new Object();
    private static String endpoint;

    private LocalDynamo() {
    }

    /** The endpoint of the running DynamoDB Local, with the table created. */
    public static String endpoint() {
        synchronized (LOCK) {
            if (endpoint == null) {
                endpoint = start(freePort());
                createTable(client(endpoint), TABLE);
            }
            return endpoint;
        }
    }

    /** A client for the test DynamoDB, configured the way the skill configures its own. */
    public static DynamoClient client() {
        return new DynamoClient(Map.of("DYNAMODB_ENDPOINT", endpoint()));
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        String url = start(port);
        createTable(client(url), args.length > 1 ? args[1] : "cramp-coach");
        System.out.println("DynamoDB Local on " + url + " with table " + (args.length > 1 ? args[1] : "cramp-coach")
                + " (in memory; Ctrl-C stops it). In another terminal:");
        System.out.println("  TABLE_NAME=cramp-coach DYNAMODB_ENDPOINT=" + url + " ./cramp-coach chat");
        Thread.currentThread().join();
    }

    private static String start(int port) {
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", String.valueOf(port), "-disableTelemetry"});
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (Exception e) {
                    // The JVM is exiting anyway.
                }
            }));
            return "http://127.0.0.1:" + port;
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start: " + e.getMessage(), e);
        }
    }

    private static DynamoDbClient client(String url) {
        return new DynamoClient(Map.of("DYNAMODB_ENDPOINT", url)).get();
    }

    /** The table as template.yaml declares it: the user's ID as key. */
    static void createTable(DynamoDbClient client, String table) {
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

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
