package io.masthead.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an API key may do: an editor writes content and publishes; an admin also deletes and manages keys. */
@Schema(description = "What an API key may do: an `editor` writes and publishes content; an `admin` also deletes "
        + "content and manages keys, webhooks and the site.")
public enum Role implements WireEnum {
    EDITOR, ADMIN;

    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    /** The security roles a key of this role holds; an admin can do everything an editor can. */
    public Set<String> grants() {
        return this == ADMIN ? Set.of(ADMIN_NAME, EDITOR_NAME) : Set.of(EDITOR_NAME);
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<Role> {
        public JpaConverter() {
            super(Role.class);
        }
    }
}
