package io.masthead.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every route of the application as a concrete path, for tests that must hold for all of them. */
final class RouteWalk {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w+)[^/]*}");
    private static final String ANY_UUID = "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c";

    private RouteWalk() {
    }

    /** A route of the API: its template, a path that matches it, and the methods it declares. */
    record Route(String template, String path, Set<String> methods) {
        @Override
        public String toString() {
            return template;
        }
    }

    /** The routes of both APIs; the test-only resources are left out. */
    static List<Route> routes(AllowedMethods allowed) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, Set<String>> route : allowed.templates().entrySet()) {
            String template = route.getKey();
            if (template.startsWith("/api/") || template.startsWith("/manage/")) {
                routes.add(new Route(template, path(template), route.getValue()));
            }
        }
        return routes;
    }

    private static String path(String template) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            variable.appendReplacement(path, name.equals("id") ? ANY_UUID
                    : name.equals("version") ? "1" : "no-such-" + name);
        }
        return variable.appendTail(path).toString();
    }
}
