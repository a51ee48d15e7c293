package id.nttmart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    static final TextAnalysis analysis = new TextAnalysis(Synonyms.parse(shipped()));

    static String shipped() {
        try (InputStream in = TextAnalysisTest.class.getResourceAsStream("/search-index/synonyms/synonyms.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> words(String indexed) {
        return Arrays.asList(indexed.split(" "));
    }

    static String queryIndonesian(String query) {
        return analysis.queryWords(query).stream().map(TextAnalysis.QueryWord::indonesian)
                .collect(Collectors.joining(" "));
    }

    @Test
    void indonesian_derived_forms_of_tenun_and_anyam_come_down_to_their_root() {
        assertThat(queryIndonesian("tenunan ditenun penenun tenun")).isEqualTo("tenun tenun tenun tenun");
        assertThat(queryIndonesian("anyaman")).isEqualTo("anyam");
        assertThat(words(analysis.indonesian("Keranjang Anyaman Daun Lontar"))).contains("anyam");
    }

    @Test
    void english_plurals_meet_their_singular() {
        assertThat(analysis.queryWords("shawls cashews").stream().map(TextAnalysis.QueryWord::english))
                .containsExactly("shawl", "cashew");
    }

    @Test
    void synonyms_work_both_ways_between_the_languages() {
        assertThat(words(analysis.indonesian("Kopi Arabika Bajawa"))).contains("kopi", "coffee");
        assertThat(words(analysis.english("Bajawa Arabica Coffee"))).contains("kopi", "coffee");
        assertThat(words(analysis.indonesian("Gula Lontar Cair Rote"))).contains("palm", "sugar", "aren");
        assertThat(words(analysis.english("Rote Liquid Palm Sugar"))).contains("gula", "lontar");
        assertThat(words(analysis.indonesian("Se'i Sapi Kupang"))).contains("sei", "smoked");
        assertThat(words(analysis.indonesian("Ikat Pinggang Tenun"))).contains("belt");
    }

    @Test
    void apostrophes_and_accents_are_folded() {
        assertThat(analysis.queryWords("se’i Tí'i").stream().map(TextAnalysis.QueryWord::plain))
                .containsExactly("sei", "tii");
    }

    @Test
    void prefixes_give_every_beginning_of_every_word() {
        assertThat(words(analysis.prefixes("Kopi Bajawa"))).contains("k", "ko", "kop", "kopi", "b", "baj", "bajawa");
    }

    @Test
    void highlighting_marks_the_words_a_query_matched_including_stems_and_synonyms() {
        var forms = analysis.matchForms("coffee tenunan");
        var segments = analysis.highlight("Kopi <b>Tenun</b> & co", forms);

        assertThat(segments).containsExactly(new TextAnalysis.Segment("Kopi", true),
                new TextAnalysis.Segment(" <b>", false), new TextAnalysis.Segment("Tenun", true),
                new TextAnalysis.Segment("</b> & co", false));
    }

    @Test
    void a_broken_synonyms_file_is_refused_with_its_line() {
        assertThatThrownBy(() -> Synonyms.parse("kopi, coffee\nmadu => \n")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("Synonyms line");
    }

    @Test
    void the_fingerprint_follows_the_synonyms() {
        assertThat(Synonyms.parse("kopi, coffee").fingerprint()).isNotEqualTo(
                Synonyms.parse("kopi, coffee, java").fingerprint()).hasSize(8);
    }
}
