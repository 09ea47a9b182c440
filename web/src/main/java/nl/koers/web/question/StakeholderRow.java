package nl.koers.web.question;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.koers.web.question.QuestionModels.Stakeholder;

/** One stakeholder being edited. The limits are the API's, repeated so the messages are in the reader's language. */
public class StakeholderRow {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String nameOrRole;

    @Size(max = 200, message = "{validation.size.max}")
    private String function;

    @NotBlank(message = "{validation.choose}")
    private String level;

    @NotNull(message = "{questions.validation.scale}")
    @Min(value = 1, message = "{questions.validation.scale}")
    @Max(value = 5, message = "{questions.validation.scale}")
    private Integer influence;

    @NotNull(message = "{questions.validation.scale}")
    @Min(value = 1, message = "{questions.validation.scale}")
    @Max(value = 5, message = "{questions.validation.scale}")
    private Integer interest;

    private String stance = "UNKNOWN";

    private boolean toInvolve;

    @Size(max = 1000, message = "{validation.size.max}")
    private String note;

    static StakeholderRow of(Stakeholder s) {
        StakeholderRow row = new StakeholderRow();
        row.nameOrRole = s.nameOrRole();
        row.function = s.function();
        row.level = s.level();
        row.influence = s.influence();
        row.interest = s.interest();
        row.stance = s.stance();
        row.toInvolve = s.toInvolve();
        row.note = s.note();
        return row;
    }

    /** A row the person left entirely empty. */
    boolean isBlank() {
        return blank(nameOrRole) && blank(function) && blank(note) && influence == null && interest == null;
    }

    Map<String, Object> request() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameOrRole", nameOrRole == null ? null : nameOrRole.strip());
        body.put("function", blank(function) ? null : function.strip());
        body.put("level", level);
        body.put("influence", influence);
        body.put("interest", interest);
        body.put("stance", blank(stance) ? null : stance);
        body.put("toInvolve", toInvolve);
        body.put("note", blank(note) ? null : note.strip());
        return body;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getNameOrRole() {
        return nameOrRole;
    }

    public void setNameOrRole(String nameOrRole) {
        this.nameOrRole = nameOrRole;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public Integer getInfluence() {
        return influence;
    }

    public void setInfluence(Integer influence) {
        this.influence = influence;
    }

    public Integer getInterest() {
        return interest;
    }

    public void setInterest(Integer interest) {
        this.interest = interest;
    }

    public String getStance() {
        return stance;
    }

    public void setStance(String stance) {
        this.stance = stance;
    }

    public boolean isToInvolve() {
        return toInvolve;
    }

    public void setToInvolve(boolean toInvolve) {
        this.toInvolve = toInvolve;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
