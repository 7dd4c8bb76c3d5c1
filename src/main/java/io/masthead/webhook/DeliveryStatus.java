package io.masthead.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a delivery stands: waiting for its (next) attempt, or finished one way or another. */
@Schema(description = "Where a webhook delivery stands: `pending` while attempts remain, then `succeeded`, `failed` "
        + "(no attempt succeeded) or `cancelled`.")
public enum DeliveryStatus implements WireEnum {
    PENDING, SUCCEEDED, FAILED, CANCELLED;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<DeliveryStatus> {
        public JpaConverter() {
            super(DeliveryStatus.class);
        }
    }
}
