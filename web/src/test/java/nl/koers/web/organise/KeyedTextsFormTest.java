package nl.koers.web.organise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.koers.web.organise.KeyedTextsForm.Row;
import nl.koers.web.organise.OrganiseModels.Keyed;
import org.junit.jupiter.api.Test;

/** Keys made from texts: within reflection-service's rule, and never one that another row has. */
class KeyedTextsFormTest {

    @Test
    void makesAKeyOfLowercaseLettersDigitsAndHyphensWithoutAccents() {
        assertThat(KeyedTextsForm.slug("Beïnvloedingsstijlen: wat wérkt in mijn team?")).isEqualTo("beinvloedingsstijlen-wat-werkt-in-mijn-t")
                .matches(KeyedTextsForm.KEY);
        assertThat(KeyedTextsForm.slug("???")).isEqualTo("item");
    }

    @Test
    void givesARowWithoutAKeyOneThatNoOtherRowHas() {
        KeyedTextsForm form = new KeyedTextsForm(List.of(new Row("relevantie", "Relevantie"), new Row("", "Relevantie"),
                new Row("", "Relevantie"), new Row("", ""), new Row("eigen", "Eigen sleutel")));

        assertThat(form.entries()).extracting(Keyed::key).containsExactly("relevantie", "relevantie-2", "relevantie-3", "eigen");
    }
}
