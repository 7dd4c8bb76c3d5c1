package io.masthead.article;

import io.masthead.platform.JsonCustomizer;
import io.masthead.syndication.SyndicationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a rendered delivery document depends on besides the data: the code of the records it is made of (and of
 * what fills them) and the configuration of article URLs. A document rendered by another build or configuration
 * is not served, so that a deploy that adds a field, or changes the URL pattern, never serves the old shape.
 */
@ApplicationScoped
public class RenderingFingerprint {
    private static final String OWN_PACKAGES = "io.masthead.";
    private static final Set<Class<?>> FILLERS = Set.of(PublishedArticles.class, JsonCustomizer.class);

    private final String value;

    RenderingFingerprint(SyndicationConfig syndication) {
        this.value = of(syndication.articleUrlPattern().toString());
    }

    public String value() {
        return value;
    }

    static String of(String configuration) {
        TreeMap<String, Class<?>> classes = new TreeMap<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(Set.of(ArticleDetail.class, ArticleSummary.class));
        toVisit.addAll(FILLERS);
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (!type.getName().startsWith(OWN_PACKAGES) || classes.putIfAbsent(type.getName(), type) != null) {
                continue;
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    addTypes(component.getGenericType(), toVisit);
                }
            }
            if (type.isSealed()) {
                toVisit.addAll(Set.of(type.getPermittedSubclasses()));
            }
            toVisit.addAll(Set.of(type.getDeclaredClasses()));
        }
        MessageDigest digest = sha256();
        classes.values().forEach(type -> digest.update(bytecode(type)));
        digest.update(configuration.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static void addTypes(Type type, Deque<Class<?>> toVisit) {
        if (type instanceof Class<?> plain) {
            toVisit.add(plain);
        } else if (type instanceof ParameterizedType parameterized) {
            addTypes(parameterized.getRawType(), toVisit);
            for (Type argument : parameterized.getActualTypeArguments()) {
                addTypes(argument, toVisit);
            }
        }
    }

    private static byte[] bytecode(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? type.getName().getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
