package io.masthead.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Link;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The article in its full JSON representation, serialized, with what its response headers need. The read model
 * and the designed queries both end here, and must produce the same bytes for the same article.
 */
public record RenderedArticle(byte[] json, List<String> surrogateKeys, List<Link> alternates, String language) {
    /** How the document of an article ends: the translations, which are read when it is served, come last. */
    static final String TRANSLATIONS_LAST = "\"translations\":[]}";

    /** The JSON the read model keeps of {@code article}, read without its translations. */
    public static String document(ArticleDetail article, ObjectMapper mapper) {
        String json = new String(write(mapper, article), StandardCharsets.UTF_8);
        if (!json.endsWith(TRANSLATIONS_LAST)) {
            throw new IllegalStateException("the JSON of an article no longer ends with " + TRANSLATIONS_LAST
                    + "; the read model cannot add the translations to it");
        }
        return json;
    }

    static RenderedArticle of(ArticleDetail article, ObjectMapper mapper) {
        return new RenderedArticle(write(mapper, article), article.surrogateKeys(), article.alternates(),
                article.language());
    }

    /** The article from its document (its JSON without translations) and its published translations now. */
    static RenderedArticle of(DocumentRow document, List<TranslationRef> translations, ObjectMapper mapper) {
        String detail = document.detail();
        if (!detail.endsWith(TRANSLATIONS_LAST)) {
            throw new IllegalStateException("a delivery document of " + document.id() + " does not end with "
                    + TRANSLATIONS_LAST);
        }
        byte[] json = translations.isEmpty() ? detail.getBytes(StandardCharsets.UTF_8)
                : (detail.substring(0, detail.length() - 3) + new String(write(mapper, translations),
                        StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8);
        List<String> keys = new ArrayList<>(List.of(document.surrogateKeys().split(" ")));
        keys.addAll(ArticleDetail.translationKeys(translations));
        return new RenderedArticle(json, keys.stream().distinct().toList(),
                ArticleDetail.alternates(document.url(), document.language(), translations), document.language());
    }

    static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
