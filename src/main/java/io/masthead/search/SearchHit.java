package io.masthead.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchHit", description = "Why an article matched `q`; present only on the items of a search.")
public record SearchHit(
        @Schema(required = true, minimum = "0", description = "How well the article matches: higher is better. "
                + "Comparable only within one search; `sort=relevance` orders by it.", examples = "0.6079271")
        double rank,
        @Schema(required = true, maxLength = Snippets.MAX_LENGTH, description = "Up to two short passages of the "
                + "standfirst and body around the matches, separated by ` … `, as HTML-escaped text in which each "
                + "match is wrapped in `<mark>`…`</mark>`; those are its only tags. It can be the start of the text when only the "
                + "headline or the tags matched.",
                examples = "Die USA und Japan wollen ihr <mark>Sicherheitsbündnis</mark> ausbauen")
        String snippet) {
}
