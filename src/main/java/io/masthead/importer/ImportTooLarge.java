package io.masthead.importer;

import io.masthead.error.PayloadTooLarge;

/** The problems of an upload over one of the import limits. */
final class ImportTooLarge {
    private ImportTooLarge() {
    }

    static PayloadTooLarge lines(int maxLines) {
        return new PayloadTooLarge("An import holds at most " + maxLines + " non-blank lines; split the file and "
                + "upload the parts one after the other.");
    }

    static PayloadTooLarge line(int lineNo, int maxLineBytes) {
        return new PayloadTooLarge("Line " + lineNo + " is longer than " + maxLineBytes + " bytes, the most one "
                + "line may hold.");
    }
}
