package io.masthead.cache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a committed write changed, as far as cached delivery responses go. An article change removes the responses
 * that show the article (its surrogate key), those of its translations (which list it), those addressed by its
 * slug (language negotiation may now pick it) and every collection. Writes to tags, sections, media and the site
 * are rare and shown in many places, so they remove everything.
 *
 * <p>The text form travels in PostgreSQL notifications to the other instances: space-separated tokens, each a
 * one-letter kind and a value, so that it stays far below the 8,000-byte payload limit.
 */
record Invalidation(boolean everything, Set<String> surrogateKeys, Set<String> slugs, Instant earliestScheduled) {
    static final Invalidation EVERYTHING = new Invalidation(true, Set.of(), Set.of(), null);

    static Invalidation ofArticle(String articleKey, String groupKey, String slug, Instant scheduledFor) {
        Set<String> keys = new HashSet<>();
        keys.add(articleKey);
        if (groupKey != null) {
            keys.add(groupKey);
        }
        return new Invalidation(false, Set.copyOf(keys), slug == null ? Set.of() : Set.of(slug), scheduledFor);
    }

    Invalidation and(Invalidation other) {
        if (everything || other.everything) {
            return new Invalidation(true, Set.of(), Set.of(), earliest(earliestScheduled, other.earliestScheduled));
        }
        Set<String> keys = new HashSet<>(surrogateKeys);
        keys.addAll(other.surrogateKeys);
        Set<String> allSlugs = new HashSet<>(slugs);
        allSlugs.addAll(other.slugs);
        return new Invalidation(false, keys, allSlugs, earliest(earliestScheduled, other.earliestScheduled));
    }

    boolean removes(CachedResponse response) {
        if (everything || response.collection()) {
            return true;
        }
        for (String key : surrogateKeys) {
            if (response.surrogateKeys().contains(key)) {
                return true;
            }
        }
        return slugs.stream().anyMatch(slug -> DeliveryRoutes.addressesSlug(response.path(), slug));
    }

    String encode() {
        List<String> tokens = new ArrayList<>();
        if (everything) {
            tokens.add("*");
        }
        surrogateKeys.forEach(key -> tokens.add("k" + key));
        slugs.forEach(slug -> tokens.add("s" + slug));
        if (earliestScheduled != null) {
            tokens.add("t" + earliestScheduled.toEpochMilli());
        }
        return String.join(" ", tokens);
    }

    /** The invalidation a notification names; anything unreadable removes everything, which is always safe. */
    static Invalidation decode(String text) {
        Set<String> keys = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Instant scheduled = null;
        boolean everything = false;
        try {
            for (String token : text.strip().split(" +")) {
                if (token.isEmpty()) {
                    continue;
                }
                switch (token.charAt(0)) {
                    case '*' -> everything = true;
                    case 'k' -> keys.add(token.substring(1));
                    case 's' -> slugs.add(token.substring(1));
                    case 't' -> scheduled = Instant.ofEpochMilli(Long.parseLong(token.substring(1)));
                    default -> everything = true;
                }
            }
        } catch (NumberFormatException e) {
            everything = true;
        }
        return new Invalidation(everything, Set.copyOf(keys), Set.copyOf(slugs), scheduled);
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
