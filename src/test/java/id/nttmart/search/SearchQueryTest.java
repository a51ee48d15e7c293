package id.nttmart.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void text_is_trimmed_collapsed_and_capped() {
        assertThat(SearchQuery.of("  kopi \t\n bajawa ", 0, 20).text()).isEqualTo("kopi bajawa");
        assertThat(SearchQuery.of("x".repeat(5000), 0, 20).text()).hasSize(SearchQuery.MAX_TEXT);
        assertThat(SearchQuery.of(null, 0, 20).isBlank()).isTrue();
    }

    @Test
    void control_characters_and_broken_unicode_are_removed_but_emoji_kept() {
        assertThat(SearchQuery.of("tenun\u0000ikat", 0, 20).text()).isEqualTo("tenun ikat");
        assertThat(SearchQuery.of("madu \uD83D", 0, 20).text()).isEqualTo("madu");
        assertThat(SearchQuery.of("madu 🐝", 0, 20).text()).isEqualTo("madu 🐝");
        assertThat(SearchQuery.of("ｋｏｐｉ", 0, 20).text()).isEqualTo("kopi");
    }

    @Test
    void paging_stays_within_the_result_window() {
        var query = SearchQuery.of("kopi", 1_000_000, 500);

        assertThat(query.size()).isEqualTo(SearchQuery.MAX_SIZE);
        assertThat((query.page() + 1) * query.size()).isLessThanOrEqualTo(SearchQuery.MAX_WINDOW);
        assertThat(SearchQuery.of("kopi", -4, 0).page()).isZero();
    }
}
