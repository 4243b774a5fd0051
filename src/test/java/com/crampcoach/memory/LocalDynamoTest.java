package com.crampcoach.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's DynamoDB Local: on the port asked for, on loopback only, and it says when it is ready. */
class LocalDynamoTest {

    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
    void the_command_prints_its_ready_line_once_the_table_answers_on_the_port_asked_for() throws Exception {
        int port = LocalDynamo.freePort();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsqlite4java.library.path=" + System.getProperty("sqlite4java.library.path"),
                "-cp", System.getProperty("java.class.path"), LocalDynamo.class.getName(), "--port", String.valueOf(port))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = out.readLine();
            while (ready != null && !ready.startsWith("DynamoDB Local ready")) {
                ready = out.readLine();
            }
            assertThat(ready).isEqualTo("DynamoDB Local ready on http://127.0.0.1:" + port
                    + " with table cramp-coach (in memory; Ctrl-C stops it). In another terminal:");
            assertThat(out.readLine()).contains("AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:" + port);
            assertThat(LocalDynamo.client("http://127.0.0.1:" + port).get().describeTable(b -> b.tableName("cramp-coach"))
                    .table().tableName()).isEqualTo("cramp-coach");
        } finally {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
    void dynamodb_local_listens_on_loopback_only() throws Exception {
        try (LocalDynamo.Instance instance = LocalDynamo.start(LocalDynamo.freePort(), null)) {
            try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), instance.port)) {
                assertThat(loopback.isConnected()).isTrue();
            }
            Optional<InetAddress> outside = outsideAddress();
            if (outside.isPresent()) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(outside.get(), instance.port), 10_000);
                    }
                }).isInstanceOf(IOException.class);
            }
        }
    }

    /** An address of this machine other than loopback, if it has one. */
    private static Optional<InetAddress> outsideAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
