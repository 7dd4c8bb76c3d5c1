package io.masthead.article;

import io.masthead.search.SearchText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the article list is asked for: the allow-listed filters (null for "any"), the search and the order. Tags
 * are slugs (or old slugs), resolved to ids by {@link #tagIds}.
 */
public record ArticleQuery(String language, String section, List<String> tags, TagMode tagMode, ArticleType type,
                           String author, OffsetDateTime from, OffsetDateTime to, SearchText search,
                           ArticleSort sort) {

    public ArticleQuery {
        tags = List.copyOf(new LinkedHashSet<>(tags));
    }

    /**
     * Identifies the list a cursor belongs to: the sort and every filter, in a canonical form (tags as a set,
     * times as instants, the author as compared). A cursor used with another list would silently skip or repeat
     * items, so it is refused instead.
     */
    String fingerprint() {
        String canonical = String.join("\n", sort.wire(), String.valueOf(language), String.valueOf(section),
                String.join(",", new TreeSet<>(tags)), tagMode.wire(), type == null ? "" : type.wire(),
                author == null ? "" : author.toLowerCase(Locale.ROOT),
                from == null ? "" : from.toInstant().toString(), to == null ? "" : to.toInstant().toString(),
                search == null ? "" : search.raw());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The distinct ids of the requested tags (old slugs count as their tag's), from {@code lookup}'s ids by slug;
     * empty when nothing can match: a tag that does not exist with tagMode=all, or no existing tag at all.
     */
    Optional<List<UUID>> tagIds(Function<List<String>, Map<String, UUID>> lookup) {
        if (tags.isEmpty()) {
            return Optional.of(List.of());
        }
        Map<String, UUID> found = lookup.apply(tags);
        if (found.isEmpty() || tagMode == TagMode.ALL && found.size() < tags.size()) {
            return Optional.empty();
        }
        return Optional.of(found.values().stream().distinct().toList());
    }
}
