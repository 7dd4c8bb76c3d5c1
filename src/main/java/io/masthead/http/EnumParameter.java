package io.masthead.http;

import io.masthead.error.InvalidParameter;
import io.masthead.persistence.WireEnum;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses an enum query parameter from its wire value. JAX-RS would answer a value it cannot convert with 404;
 * this answers 400 and lists the values that are allowed.
 */
public final class EnumParameter {
    private EnumParameter() {
    }

    public static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String parameter, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).collect(Collectors.joining(", "));
        throw new InvalidParameter(parameter, parameter + " must be one of " + allowed + "; got '" + value + "'.");
    }
}
