package id.nttmart.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The judgement rule language and the judged set's file format. */
class RelevanceRuleTest {

    private static final CatalogueProduct HONEY = product("MBR-MAD-00001", "MAD-HUTAN-FLORES", "madu",
            "Manggarai Barat", "Flores", "Madu Hutan Flores 350 ml (Golo Mori)", "Flores Forest Honey 350 ml");
    private static final CatalogueProduct SOAP = product("KPG-PER-00002", "PRW-SABUN-MADU", "perawatan", "Kota Kupang",
            "Timor", "Sabun Madu Hutan Aroma Sereh (Oesapa)", "Forest Honey Soap Lemongrass");
    private static final CatalogueProduct BELT = product("SKA-AKS-00003", "AKS-IKAT-PINGGANG", "aksesoris", "Sikka",
            "Flores", "Ikat Pinggang Tenun Hitam (Ikatan Perawat Maumere)", "Woven Ikat Belt Black");

    @Test
    void equals_matches_one_of_the_values_ignoring_case() {
        var rule = Rule.parse("category=MADU|kopi");
        assertThat(rule.test(HONEY)).isTrue();
        assertThat(rule.test(SOAP)).isFalse();
        assertThat(Rule.parse("regency=manggarai barat").test(HONEY)).isTrue();
        assertThat(Rule.parse("regency=Manggarai").test(HONEY)).as("equality, not a prefix").isFalse();
    }

    @Test
    void contains_matches_whole_words_and_phrases_only() {
        assertThat(Rule.parse("name~madu hutan").test(SOAP)).isTrue();
        assertThat(Rule.parse("name~sabun madu").test(HONEY)).isFalse();
        assertThat(Rule.parse("name_id~ikat").test(BELT)).isTrue();
        assertThat(Rule.parse("producer~ikat").test(BELT)).as("not inside 'Ikatan'").isFalse();
        assertThat(Rule.parse("name~HONEY SOAP|kopi").test(SOAP)).isTrue();
    }

    @Test
    void terms_joined_by_ampersand_must_all_hold_and_bang_negates() {
        assertThat(Rule.parse("island=Flores & text~honey").test(HONEY)).isTrue();
        assertThat(Rule.parse("island=Flores & text~honey").test(SOAP)).isFalse();
        assertThat(Rule.parse("text~madu & !type=PRW-SABUN-MADU").test(SOAP)).isFalse();
        assertThat(Rule.parse("text~madu & ! type=PRW-SABUN-MADU").test(HONEY)).isTrue();
    }

    @Test
    void malformed_rules_are_refused_with_a_reason() {
        assertThatThrownBy(() -> Rule.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Rule.parse("colour=red")).hasMessageContaining("unknown field 'colour'");
        assertThatThrownBy(() -> Rule.parse("category madu")).hasMessageContaining("without field");
        assertThatThrownBy(() -> Rule.parse("category=madu &")).hasMessageContaining("without field");
        assertThatThrownBy(() -> Rule.parse("category=madu|")).hasMessageContaining("empty value");
    }

    @Test
    void a_product_gets_the_highest_grade_of_the_rules_it_matches_and_copies_add_rules() {
        var set = JudgedSet.parse("""
                # query	group	language	intent
                madu	distractor	id	honey
                honey	distractor	en	honey
                """, """
                madu	3	category=madu
                madu	1	text~madu
                honey	=	madu
                """);
        var catalogue = List.of(HONEY, SOAP, BELT);
        for (var query : set.queries()) {
            assertThat(query.grades(catalogue)).containsExactlyInAnyOrderEntriesOf(
                    java.util.Map.of(HONEY.sku(), 3, SOAP.sku(), 1));
        }
        assertThat(set.problems(catalogue, 2)).hasSize(JudgedSet.GROUPS.size() * 2 - 2);
    }

    @Test
    void the_files_are_checked_for_unknown_queries_groups_and_grades() {
        String queries = "madu\tdistractor\tid\thoney\n";
        assertThatThrownBy(() -> JudgedSet.parse(queries, "kopi\t3\tcategory=kopi\n"))
                .hasMessageContaining("not in queries.tsv");
        assertThatThrownBy(() -> JudgedSet.parse(queries, "madu\t4\tcategory=madu\n")).hasMessageContaining("0-3");
        assertThatThrownBy(() -> JudgedSet.parse("madu\tfuzzy\tid\thoney\n", "")).hasMessageContaining("group");
        assertThatThrownBy(() -> JudgedSet.parse(queries, "")).hasMessageContaining("no rule");
        assertThatThrownBy(() -> JudgedSet.parse(queries, "madu 3 category=madu\n")).hasMessageContaining("columns");
    }

    private static CatalogueProduct product(String sku, String type, String category, String regency, String island,
            String nameId, String nameEn) {
        var f = new HashMap<String, String>();
        for (String field : CatalogueProduct.FIELDS) {
            f.put(field, "");
        }
        f.putAll(java.util.Map.of("sku", sku, "type", type, "category", category, "regency", regency, "island",
                island, "name_id", nameId, "name_en", nameEn, "name", nameId + " | " + nameEn));
        f.put("producer", nameId.replaceAll(".*\\((.*)\\)", "$1"));
        f.put("text", f.get("name") + " | " + f.get("producer"));
        return new CatalogueProduct(f);
    }
}
