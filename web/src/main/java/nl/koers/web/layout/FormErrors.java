package nl.koers.web.layout;

import nl.koers.web.api.ApiProblem;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Puts the API's refusal of a form beside the form's fields: a field the API names gets its message there,
 * anything else goes to the top of the form, so the error summary always says what to fix.
 */
@Component
public class FormErrors {

    private final ProblemTexts texts;

    FormErrors(ProblemTexts texts) {
        this.texts = texts;
    }

    public void apply(ApiProblem problem, BindingResult form) {
        boolean placed = false;
        for (var error : problem.fieldErrors().entrySet()) {
            String field = error.getKey();
            if (!field.isBlank() && form.getTarget() != null && isField(form, field)) {
                form.rejectValue(field, "api", error.getValue());
                placed = true;
            }
        }
        if (!placed) {
            form.reject("api", texts.text(problem));
        }
    }

    private static boolean isField(BindingResult form, String field) {
        try {
            form.getFieldType(field);
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
