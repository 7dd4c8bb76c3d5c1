package io.masthead.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns Bean Validation property paths into JSON Pointers (as URI fragments) of the request body. */
final class ConstraintPaths {
    private ConstraintPaths() {
    }

    /** The pointer of a violation inside a body, or null when it concerns a method parameter itself. */
    static String bodyPointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder("#");
        boolean inBody = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(JsonPointers.escape(String.valueOf(node.getKey())));
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(JsonPointers.escape(node.getName()));
            }
            inBody = true;
        }
        return inBody ? pointer.toString() : null;
    }

    /** The name of the method parameter a violation concerns. */
    static String parameterName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }
}
