package io.masthead.article;

/**
 * When a delivery document is current, in SQL: the one definition, for the reads that serve documents and for the
 * sweep that renders the stale ones again. The epoch table is aliased {@code e}, and the renderer's fingerprint is
 * bound as {@code :renderer}.
 */
public final class DocumentStamps {
    private DocumentStamps() {
    }

    /** The document aliased {@code document} is current for the article aliased {@code article}. */
    public static String current(String document, String article) {
        return "(" + document + ".article_version = " + article + ".version and " + document + ".epoch = e.epoch"
                + " and " + document + ".renderer = :renderer)";
    }
}
