package io.masthead.article;

import java.util.UUID;

/**
 * A published-now article as the read model's query finds it: {@code detail} is its document's JSON when the
 * document is current (its article version, epoch and renderer all match), null otherwise; {@code epoch} is the
 * current epoch.
 */
record DocumentRow(UUID id, String language, UUID translationGroupId, long epoch, String detail, String url,
                   String surrogateKeys) {
    static final String CURRENT_DETAIL = current("d", "a", "detail");

    /** The column of document {@code document} when it is current for article {@code article}, null otherwise. */
    static String current(String document, String article, String column) {
        return "case when " + DocumentStamps.current(document, article) + " then " + document + "." + column + " end";
    }
}
