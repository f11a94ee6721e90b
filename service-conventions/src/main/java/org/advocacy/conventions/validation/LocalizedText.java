package org.advocacy.conventions.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text in several languages: keys are BCP 47 language tags ({@code en}, {@code pl}, {@code kk}),
 * values are not blank and at most {@link #max()} characters. Null passes: add @NotNull.
 */
@Documented
@Constraint(validatedBy = LocalizedText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LocalizedText {

    String message() default "must map language tags (en, pl, ...) to texts of at most {max} characters";

    int max() default 10_000;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LocalizedText, Map<String, String>> {

        private int max;

        @Override
        public void initialize(LocalizedText annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(Map<String, String> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.isEmpty() || value.size() > 30) {
                return false;
            }
            return value.entrySet().stream().allMatch(e -> isLanguageTag(e.getKey())
                    && e.getValue() != null && !e.getValue().isBlank() && e.getValue().length() <= max);
        }

        private static boolean isLanguageTag(String tag) {
            if (tag == null || tag.isBlank() || tag.length() > 35) {
                return false;
            }
            try {
                new Locale.Builder().setLanguageTag(tag);
                return true;
            } catch (IllformedLocaleException e) {
                return false;
            }
        }
    }
}
