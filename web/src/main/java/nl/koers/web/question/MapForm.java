package nl.koers.web.question;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.koers.web.question.QuestionModels.StakeholderMap;

/**
 * The stakeholder map form: the whole map as it is being edited, the ETag of the version it started from
 * (sent back as If-Match, so a save never overwrites a newer map unnoticed) and, after such a conflict, the
 * person's own rows that were not saved, so they can take them over into the newer map. A mutable bean, so
 * rows can be added and removed between posts; the limits are the API's.
 */
public class MapForm {

    /** A map never saved has version 0; its ETag as the API writes it. */
    static final String NEW_MAP = "\"0\"";

    private String etag;

    @Valid
    @Size(max = 100, message = "{questions.validation.tooMany}")
    private List<StakeholderRow> stakeholders = new ArrayList<>();

    /** Not validated: these are only shown (and carried along) until they are taken over or saved. */
    private List<StakeholderRow> unsaved = new ArrayList<>();

    public static MapForm of(StakeholderMap map, String etag) {
        MapForm form = new MapForm();
        form.setEtag(etag);
        if (map.stakeholders() != null) {
            map.stakeholders().forEach(s -> form.getStakeholders().add(StakeholderRow.of(s)));
        }
        return form;
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = etag;
    }

    public List<StakeholderRow> getStakeholders() {
        return stakeholders;
    }

    public void setStakeholders(List<StakeholderRow> stakeholders) {
        this.stakeholders = stakeholders == null ? new ArrayList<>() : new ArrayList<>(stakeholders);
    }

    public List<StakeholderRow> getUnsaved() {
        return unsaved;
    }

    public void setUnsaved(List<StakeholderRow> unsaved) {
        this.unsaved = unsaved == null ? new ArrayList<>() : new ArrayList<>(unsaved);
    }

    /** The If-Match to save with: the ETag read, or that of a map never saved (which a saved map refuses with 412). */
    String ifMatch() {
        return etag == null || etag.isBlank() ? NEW_MAP : etag.strip();
    }

    /** Rows the browser sent with gaps (a removed index) or not at all come back as nulls; they are dropped. */
    void dropEmptySlots() {
        stakeholders.removeIf(row -> row == null);
        unsaved.removeIf(row -> row == null || row.isBlank());
    }

    void add() {
        stakeholders.add(new StakeholderRow());
    }

    /** @return whether there was such a row */
    boolean remove(int index) {
        if (index < 0 || index >= stakeholders.size()) {
            return false;
        }
        stakeholders.remove(index);
        return true;
    }

    /**
     * Takes an unsaved row over into the map: it replaces a row with the same name or role, or is added.
     *
     * @return the index it now has in the map, or -1 when there was no such unsaved row
     */
    int adopt(int unsavedIndex) {
        if (unsavedIndex < 0 || unsavedIndex >= unsaved.size()) {
            return -1;
        }
        StakeholderRow row = unsaved.remove(unsavedIndex);
        String key = key(row.getNameOrRole());
        for (int i = 0; i < stakeholders.size(); i++) {
            if (!key.isEmpty() && key.equals(key(stakeholders.get(i).getNameOrRole()))) {
                stakeholders.set(i, row);
                return i;
            }
        }
        stakeholders.add(row);
        return stakeholders.size() - 1;
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** The body of {@code PUT /api/development-questions/{id}/stakeholder-map}. */
    Map<String, Object> request() {
        return Map.of("stakeholders", stakeholders.stream().map(StakeholderRow::request).toList());
    }
}
