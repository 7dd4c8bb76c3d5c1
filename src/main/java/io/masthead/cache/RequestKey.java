package io.masthead.cache;

import io.vertx.core.http.HttpServerRequest;
import java.util.Arrays;
import java.util.Comparator;

/**
 * What a delivery response depends on in its request: the path, the parameters (in any order; the values of a
 * repeated parameter keep theirs), the host (absolute links are built from it), and the two headers that choose
 * the representation and the language. The content coding is not part of it: the cache keeps the identity bytes
 * and the HTTP layer compresses each hit.
 */
final class RequestKey {
    private static final Comparator<String> BY_NAME = Comparator.comparing(RequestKey::name);

    private RequestKey() {
    }

    static String of(String path, HttpServerRequest request) {
        StringBuilder key = new StringBuilder(path);
        String query = request.query();
        if (query != null && !query.isEmpty()) {
            String[] parameters = query.split("&", -1);
            Arrays.sort(parameters, BY_NAME);
            key.append('?').append(String.join("&", parameters));
        }
        return key.append('\n').append(header(request, "Host"))
                .append('\n').append(header(request, "Accept"))
                .append('\n').append(header(request, "Accept-Language"))
                .toString();
    }

    private static String header(HttpServerRequest request, String name) {
        return String.join(",", request.headers().getAll(name));
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }
}
