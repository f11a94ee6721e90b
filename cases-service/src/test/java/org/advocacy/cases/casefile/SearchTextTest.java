package org.advocacy.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void everySpellingOfDzhakishevFoldsAlike() {
        String folded = SearchText.fold("Dzhakishev");
        assertThat(SearchText.fold("Джакишев")).isEqualTo(folded);
        assertThat(SearchText.fold("dzakisev")).isEqualTo(folded);
        assertThat(SearchText.fold("Džakišev")).isEqualTo(folded);
        assertThat(SearchText.fold("JAKISHEV")).isEqualTo(folded);
        assertThat(SearchText.fold("Dżakiszew")).isEqualTo(folded);
    }

    @Test
    void kazakhAndRussianLettersAndPolishAccentsAreFolded() {
        assertThat(SearchText.fold("Бокаев")).isEqualTo(SearchText.fold("Bokayev")).isEqualTo(SearchText.fold("Bokajew"));
        assertThat(SearchText.fold("Еримбетов")).isEqualTo(SearchText.fold("Yerimbetov"));
        assertThat(SearchText.fold("Жаңаөзен")).isEqualTo(SearchText.fold("Zhanaozen"));
        assertThat(SearchText.fold("więźniów")).isEqualTo("wiezniow".replace("w", "v"));
        assertThat(SearchText.fold("Łódź")).isEqualTo(SearchText.fold("lodz"));
    }

    @Test
    void aQueryIsSplitIntoFoldedWordsWithoutPunctuation() {
        assertThat(SearchText.queryWords("  Mukhtar,  ДЖАКИШЕВ!  ")).containsExactly(SearchText.fold("Mukhtar"),
                SearchText.fold("Джакишев"));
        assertThat(SearchText.queryWords(".*$ne")).containsExactly("ne");
        assertThat(SearchText.queryWords(null)).isEmpty();
    }
}
