package io.masthead.webhook;

import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A URL the {@link TargetPolicy} accepts. A constraint rather than a check in the service, so that a refused
 * URL is reported in the same 400 as every other bad field of the request.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AllowedTarget.Validator.class)
public @interface AllowedTarget {
    String message() default "is not an allowed webhook target";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Singleton
    class Validator implements ConstraintValidator<AllowedTarget, String> {
        private final TargetPolicy policy;

        Validator(TargetPolicy policy) {
            this.policy = policy;
        }

        @Override
        public boolean isValid(String url, ConstraintValidatorContext context) {
            if (url == null || url.isBlank()) {
                return true;
            }
            return policy.refusal(url).map(reason -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(reason.replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
