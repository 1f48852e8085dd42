package io.planextract.serve;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Fields;

/**
 * One request and its response, answered on the thread that runs the handler (the service's handlers block:
 * a conversion takes milliseconds, and the pool in front of them bounds how many wait).
 */
record Exchange(Request request, Response response, Fields query) {
    static Exchange of(Request request, Response response) {
        return new Exchange(request, response, Request.extractQueryParameters(request, StandardCharsets.UTF_8));
    }

    String header(HttpHeader name) {
        return request.getHeaders().get(name);
    }

    /** A whole answer at once, with its length. */
    void send(int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        Content.Sink.write(response, true, ByteBuffer.wrap(body));
    }

    void sendJson(int status, String json) throws IOException {
        send(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** An answer written as it is made (a batch); the stream's close ends the response. */
    OutputStream stream(int status, String contentType) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        return new BufferedOutputStream(Content.Sink.asOutputStream(response), 32 << 10);
    }
}
