package id.nttmart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void the_slug_is_the_indonesian_name_and_the_sku_in_lower_case_words() {
        assertThat(Slugs.of("Sarung Tenun Ikat Sikka", "TEN-SIKKA-0001")).isEqualTo("sarung-tenun-ikat-sikka-ten-sikka-0001");
        assertThat(Slugs.of("Se'i Babi Asap (250 g)", "pan.se_i.7")).isEqualTo("se-i-babi-asap-250-g-pan-se-i-7");
    }

    @Test
    void accents_are_dropped_and_long_names_are_cut_at_sixty_characters() {
        assertThat(Slugs.of("Café Lontar Ndao", "X1")).isEqualTo("cafe-lontar-ndao-x1");
        String slug = Slugs.of("Kain ".repeat(30), "K-9");
        assertThat(slug).endsWith("-k-9").matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.NAME_PART_MAX + 4);
    }

    @Test
    void a_name_without_letters_leaves_the_sku_and_a_clash_gets_a_distinct_suffix() {
        assertThat(Slugs.of("— ★ —", "AB-1")).isEqualTo("ab-1");
        assertThat(Slugs.disambiguated("Kopi", "AB-1")).isNotEqualTo(Slugs.disambiguated("Kopi", "ab.1"))
                .startsWith("kopi-ab-1-");
    }
}
