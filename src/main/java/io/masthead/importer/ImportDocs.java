package io.masthead.importer;

/** The contract's text for imports: the line format is documented once, here, and shown in Swagger UI. */
final class ImportDocs {
    static final String START = """
            Uploads NDJSON and answers `202` as soon as the upload is stored; a worker then imports the lines in \
            the background, in file order, each line in a transaction of its own. Poll the job at `Location` for \
            progress.

            The body is UTF-8 text with one JSON object per line, an `ImportLine`:

            * `status`: `draft` (the default), `published` or `archived`. `published` with a future \
            `article.publishedAt` schedules the article. Subscribers get `article.published` for each published \
            article, as when it is created through `POST /manage/v1/articles?publish=true`.
            * `article` (required): exactly the body of `POST /manage/v1/articles`.
            * `media`: media items to create first, each the fields of `MediaContent` plus an `id` (a UUID of your \
            choosing). The article refers to them by that id, like to any media item: `hero.mediaId`, \
            `audio.mediaId` and `mediaId` of image blocks. An item whose id exists already is reused unchanged, \
            so importing the same file twice creates no duplicate media.
            * `tags`: tags to create first, each a `TagContent` with its `slug`. A tag whose slug exists already is \
            reused unchanged. `article.tags` lists slugs of these or of existing tags.

            A line that fails is rolled back alone (its media, tags and article) and reported with its line number \
            and the JSON Pointer of each error in the line, such as `#/article/headline`. A line that is not JSON \
            at all is reported with the pointer `#`. Blank lines are skipped; line numbers still count them. An \
            explicit `article.slug` that is taken (for instance when a file is imported twice) fails its line.
            """;

    static final String BODY = "NDJSON: one `ImportLine` per line, UTF-8. At most 100,000 non-blank lines, 1 MiB "
            + "(1,048,576 bytes) per line and 200 MB per body, unless the operator set other limits.";

    static final String TOO_LARGE = "The upload has more lines, a longer line, or more bytes than an import may "
            + "hold. Nothing was stored; split the file and upload the parts one after the other.";

    static final String EXAMPLE = """
            {"status":"published","media":[{"id":"0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c","kind":"image",\
            "url":"https://images.masthead.example/harbour/original.jpg","mimeType":"image/jpeg","width":1600,\
            "height":900,"altText":"Cranes at the container terminal at dawn","credit":"© Port of Nordhavn"}],\
            "tags":[{"slug":"shipping","type":"topic","names":{"en":{"name":"Shipping"}}}],"article":{"language":"en",\
            "slug":"harbour-deal-signed","headline":"Harbour deal signed after all-night talks",\
            "hero":{"mediaId":"0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c"},"tags":["shipping"],\
            "publishedAt":"2026-11-28T06:00:00+01:00","blocks":[{"type":"paragraph",\
            "html":"After <b>fourteen hours</b> of talks, both sides signed."}]}}
            {"article":{"language":"en","headline":"Ferry timetable changes in December","tags":["shipping"],\
            "blocks":[{"type":"paragraph","html":"Two crossings a day move to the afternoon."}]}}
            """;

    private ImportDocs() {
    }
}
