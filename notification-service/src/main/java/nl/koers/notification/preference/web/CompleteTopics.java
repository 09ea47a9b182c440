package nl.koers.notification.preference.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Map;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.koers.notification.preference.Topic;

/**
 * The topics of a preferences change name every topic once, no other, and leave the ones that cannot be turned off
 * on. Each wrong topic is its own error, named {@code topics.<TOPIC>}, so a form can put the message beside it.
 */
@Documented
@Constraint(validatedBy = CompleteTopics.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface CompleteTopics {

    String message() default "must name every topic once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CompleteTopics, PreferencesRequest> {

        @Override
        public boolean isValid(PreferencesRequest request, ConstraintValidatorContext context) {
            Map<String, Boolean> topics = request == null ? null : request.topics();
            if (topics == null) {
                return true; // @NotNull says it
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (String name : topics.keySet()) {
                if (name != null && Arrays.stream(Topic.values()).noneMatch(t -> t.name().equals(name))) {
                    valid = reject(context, name, "is not a topic; the topics are " + Arrays.toString(Topic.values()));
                }
            }
            for (Topic topic : Topic.values()) {
                Boolean on = topics.get(topic.name());
                if (!topics.containsKey(topic.name())) {
                    valid = reject(context, topic.name(), "is required: say true or false");
                } else if (Boolean.FALSE.equals(on) && !topic.switchable()) {
                    valid = reject(context, topic.name(), "cannot be turned off: these mails are about your place");
                }
            }
            return valid;
        }

        private static boolean reject(ConstraintValidatorContext context, String topic, String message) {
            context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode("topics").addPropertyNode(topic).addConstraintViolation();
            return false;
        }
    }
}
