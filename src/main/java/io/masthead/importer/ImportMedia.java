package io.masthead.importer;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The contract's description of an inline media item; {@link LineParser} reads it as {@link InlineMedia}. */
@Schema(name = "ImportMedia", allOf = io.masthead.media.MediaContent.class, requiredProperties = "id",
        description = "A media item of an import line: the fields of MediaContent plus the `id` the article refers "
                + "to it by. An item whose id exists already is reused unchanged, so a re-import creates no "
                + "duplicates.",
        properties = @SchemaProperty(name = "id", type = SchemaType.STRING, format = "uuid",
                description = "Chosen by the importer; derive it from the source system's identity of the file.",
                examples = "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c"))
interface ImportMedia {
}
