package io.masthead.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods each path accepts, read once from the resource classes. RESTEasy Reactive answers a
 * wrong method with 405 but no {@code Allow} header, which RFC 9110 requires; this table supplies it. It also
 * answers some wrong methods with 404 (when another resource class claims a prefix of the path, as the
 * article resource does for the workflow actions below it); with this table those become 405 as well.
 */
@ApplicationScoped
public class AllowedMethods {
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private final List<Route> routes = new ArrayList<>();

    void onStart(@Observes StartupEvent event) {
        for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)
                .stream().map(b -> (InjectableBean<?>) b).toList()) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath != null) {
                addRoutes(classPath.value(), bean.getBeanClass());
            }
        }
    }

    /** The media types that GET requests at this path can be answered in, for the detail of a 406. */
    public Set<String> producedAt(String requestPath) {
        Set<String> types = new TreeSet<>();
        for (Route route : routes) {
            if (route.method().equals("GET") && route.pattern().matcher(requestPath).matches()) {
                types.addAll(route.produces());
            }
        }
        return types;
    }

    /** The methods allowed at this request path, with HEAD for every GET and OPTIONS for CORS preflights. */
    public Set<String> at(String requestPath) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.pattern().matcher(requestPath).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    /** The media types the operation at this path and method accepts as its body; empty when it takes none. */
    public List<String> consumes(String requestPath, String method) {
        return routes.stream()
                .filter(route -> route.method().equals(method) && route.pattern().matcher(requestPath).matches())
                .findFirst().map(Route::consumes).orElse(List.of());
    }

    /** Every route template of the application with the methods it declares, for tests that walk them all. */
    public Map<String, Set<String>> templates() {
        Map<String, Set<String>> templates = new TreeMap<>();
        routes.forEach(route -> templates.computeIfAbsent(route.template(), t -> new TreeSet<>()).add(route.method()));
        return templates;
    }

    private void addRoutes(String classPath, Class<?> type) {
        Consumes classConsumes = type.getAnnotation(Consumes.class);
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethodOf(method);
            if (httpMethod != null) {
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(classPath, methodPath == null ? "" : methodPath.value());
                Consumes consumes = method.isAnnotationPresent(Consumes.class)
                        ? method.getAnnotation(Consumes.class) : classConsumes;
                routes.add(new Route(httpMethod, template, toPattern(template), producesOf(type, method),
                        consumes == null ? List.of() : List.of(consumes.value())));
            }
        }
    }

    /** The media types a method declares (or its class does), without parameters such as a server quality. */
    private static List<String> producesOf(Class<?> type, Method method) {
        Produces produces = method.getAnnotation(Produces.class) != null
                ? method.getAnnotation(Produces.class)
                : type.getAnnotation(Produces.class);
        if (produces == null) {
            return List.of();
        }
        return Arrays.stream(produces.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(value -> value.split(";")[0].strip())
                .toList();
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE_VARIABLE.matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())));
            regex.append('(').append(variable.group(1) == null ? "[^/]+" : variable.group(1).strip()).append(')');
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }

    private record Route(String method, String template, Pattern pattern, List<String> produces,
                         List<String> consumes) {
    }
}
