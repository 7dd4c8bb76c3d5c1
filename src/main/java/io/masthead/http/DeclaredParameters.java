package io.masthead.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters each resource method declares, read once per method from its annotations and cached. This
 * is what {@link StrictParameters} checks requests against, so a resource needs no code of its own to be strict.
 *
 * <p>A resource declares a query parameter with {@code @QueryParam("name")} (or {@code @RestQuery}) on a method
 * parameter, on a field or setter of its class, or on a field or setter of a {@code @BeanParam} class such as
 * {@link PageParams}, however deeply nested. A parameter may be given only once, unless its Java type is a
 * {@code List}, a {@code Set} (or another {@code Collection}) or an array: {@code @QueryParam("tag") List<String>
 * tags} accepts {@code ?tag=a&tag=b}.
 */
final class DeclaredParameters {
    private final Map<Method, Declared> cache = new ConcurrentHashMap<>();

    Declared of(Class<?> resourceClass, Method method) {
        return cache.computeIfAbsent(method, key -> read(resourceClass, method));
    }

    private static Declared read(Class<?> resourceClass, Method method) {
        SortedMap<String, Boolean> parameters = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (!addQuery(parameter, parameter.getName(), parameter.getType(), parameters)
                    && !isOtherInput(parameter)) {
                addMembers(parameter.getType(), parameters, new HashSet<>());
            }
        }
        addMembers(resourceClass, parameters, new HashSet<>());
        return new Declared(parameters);
    }

    /** Adds the query parameter an element declares; false when it declares none. */
    private static boolean addQuery(AnnotatedElement element, String javaName, Class<?> type,
                                    Map<String, Boolean> parameters) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        RestQuery restQuery = element.getAnnotation(RestQuery.class);
        if (query == null && restQuery == null) {
            return false;
        }
        String name = query != null ? query.value() : restQuery.value().isEmpty() ? javaName : restQuery.value();
        parameters.put(name, Collection.class.isAssignableFrom(type) || type.isArray());
        return true;
    }

    /** Fields and setters of a class and its superclasses, and of the bean parameter classes among them. */
    private static void addMembers(Class<?> type, Map<String, Boolean> parameters, Set<Class<?>> seen) {
        for (Class<?> at = type; at != null && at != Object.class && seen.add(at); at = at.getSuperclass()) {
            if (at.getName().startsWith("java.")) {
                return;
            }
            for (Field field : at.getDeclaredFields()) {
                if (!addQuery(field, field.getName(), field.getType(), parameters)
                        && field.isAnnotationPresent(BeanParam.class)) {
                    addMembers(field.getType(), parameters, seen);
                }
            }
            for (Method setter : at.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    String property = setter.getName().startsWith("set") && setter.getName().length() > 3
                            ? Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4)
                            : setter.getName();
                    addQuery(setter, property, setter.getParameterTypes()[0], parameters);
                }
            }
        }
    }

    /** A parameter bound to something other than the query: the path, a header, the body, the context. */
    private static boolean isOtherInput(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == PathParam.class || type == HeaderParam.class || type == Context.class
                    || type == CookieParam.class || type == FormParam.class || type == MatrixParam.class
                    || type.getPackageName().equals("org.jboss.resteasy.reactive") && type != RestQuery.class) {
                return true;
            }
        }
        return parameter.getType().getName().startsWith("java.")
                || parameter.getType().getName().startsWith("com.fasterxml.");
    }

    /** The query parameters of one operation: their names, in order, and whether each may repeat. */
    record Declared(SortedMap<String, Boolean> parameters) {
        boolean declares(String name) {
            return parameters.containsKey(name);
        }

        boolean repeatable(String name) {
            return Boolean.TRUE.equals(parameters.get(name));
        }

        Set<String> names() {
            return parameters.keySet();
        }
    }
}
