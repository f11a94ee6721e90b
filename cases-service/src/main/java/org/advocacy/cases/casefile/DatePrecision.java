package org.advocacy.cases.casefile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A {@link PartialDate}: {@code 2017}, {@code 2017-12} or {@code 2017-12-08}. Null passes: add @NotNull. */
@Documented
@Constraint(validatedBy = DatePrecision.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DatePrecision {

    String message() default "must be a date to the day, month or year: 2017-12-08, 2017-12 or 2017";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DatePrecision, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return PartialDate.isValid(value);
        }
    }
}
