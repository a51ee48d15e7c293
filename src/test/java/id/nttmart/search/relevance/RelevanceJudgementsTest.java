package id.nttmart.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The judged set alone, without services: quick feedback for whoever edits the TSV files. */
class RelevanceJudgementsTest {

    @Test
    void the_judged_set_is_sound_over_the_demo_catalogue() {
        var catalogue = CatalogueProduct.demo();
        var set = JudgedSet.load();

        assertThat(catalogue).hasSize(CatalogueProduct.DEMO_PRODUCTS);
        assertThat(catalogue).allSatisfy(p -> assertThat(p.field("type")).as(p.sku()).isNotEmpty());
        assertThat(set.problems(catalogue, 60)).isEmpty();
        for (var q : set.queries()) {
            var grades = q.grades(catalogue);
            System.out.printf("%-26s %-11s %s  3:%3d 2:%3d 1:%3d%n", q.text(), q.group(), q.language(),
                    count(grades.values(), 3), count(grades.values(), 2), count(grades.values(), 1));
        }
    }

    private static long count(java.util.Collection<Integer> grades, int grade) {
        return grades.stream().filter(g -> g == grade).count();
    }
}
