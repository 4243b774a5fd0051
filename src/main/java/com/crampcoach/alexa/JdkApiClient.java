package com.crampcoach.alexa;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ASK SDK's service clients over the JDK's own HTTP client: no HTTP library to load on a cold start, and a
 * deadline on every call (connecting and answering), so a slow Alexa API costs a request at most that long. The
 * HTTP client is made on the first call, so a container whose requests need no Alexa API never makes one.
 */
public final class JdkApiClient implements ApiClient {

    /** Headers the JDK sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final Duration deadline;
    private HttpClient http;

    public JdkApiClient(Duration deadline) {
        this.deadline = deadline;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(deadline).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        String body = request.getBody();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.getUrl())).timeout(deadline)
                .method(request.getMethod(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (request.getHeaders() != null) {
            for (Pair<String, String> header : request.getHeaders()) {
                if (!RESTRICTED.contains(header.getName().toLowerCase(java.util.Locale.ROOT))) {
                    builder.header(header.getName(), header.getValue());
                }
            }
        }
        try {
            HttpResponse<String> answer = http().send(builder.build(), HttpResponse.BodyHandlers.ofString());
            ApiClientResponse response = new ApiClientResponse();
            response.setStatusCode(answer.statusCode());
            List<Pair<String, String>> headers = new ArrayList<>();
            answer.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(new Pair<>(name, value))));
            response.setHeaders(headers);
            response.setBody(answer.body());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Alexa's API", e);
        }
    }
}
