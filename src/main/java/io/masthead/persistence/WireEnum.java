package io.masthead.persistence;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum that appears in lower case in the database, in JSON and in the contract, so that all three agree
 * with the SQL check constraints.
 */
public interface WireEnum {
    String name();

    @JsonValue
    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & WireEnum> E fromWire(Class<E> type, String wire) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(wire)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " value: " + wire);
    }
}
