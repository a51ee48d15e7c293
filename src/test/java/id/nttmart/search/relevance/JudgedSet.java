package id.nttmart.search.relevance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged query set: {@code queries.tsv} (query, behaviour group, language, intent) and {@code judgements.tsv}
 * (query, grade, rule), both in {@code src/test/resources/relevance/} and described in its README.
 */
record JudgedSet(List<JudgedQuery> queries) {

    static final List<String> GROUPS = List.of("plain", "typo", "morphology", "synonym", "place", "distractor",
            "multiword", "program");
    static final List<String> LANGUAGES = List.of("id", "en");

    JudgedSet {
        queries = List.copyOf(queries);
    }

    record GradedRule(int grade, Rule rule) {}

    record JudgedQuery(String text, String group, String language, String intent, List<GradedRule> rules) {

        JudgedQuery {
            rules = List.copyOf(rules);
        }

        /** Grade per SKU: the highest grade of the rules a product matches; products no rule grades above 0 are absent. */
        Map<String, Integer> grades(List<CatalogueProduct> catalogue) {
            var grades = new LinkedHashMap<String, Integer>();
            for (CatalogueProduct product : catalogue) {
                int grade = rules.stream().filter(r -> r.rule().test(product)).mapToInt(GradedRule::grade).max()
                        .orElse(0);
                if (grade > 0) {
                    grades.put(product.sku(), grade);
                }
            }
            return grades;
        }
    }

    /**
     * What makes the set unsound over a catalogue: too few queries, a query without a grade-3 product, a behaviour
     * group missing in a language. Empty when sound.
     */
    List<String> problems(List<CatalogueProduct> catalogue, int minimumQueries) {
        var problems = new ArrayList<String>();
        if (queries.size() < minimumQueries) {
            problems.add(queries.size() + " queries, fewer than " + minimumQueries);
        }
        for (JudgedQuery q : queries) {
            if (!q.grades(catalogue).containsValue(3)) {
                problems.add("'" + q.text() + "' has no grade-3 product in the catalogue");
            }
        }
        for (String group : GROUPS) {
            for (String language : LANGUAGES) {
                if (queries.stream().noneMatch(q -> q.group().equals(group) && q.language().equals(language))) {
                    problems.add("no " + language + " query in group " + group);
                }
            }
        }
        return problems;
    }

    static JudgedSet load() {
        return parse(CatalogueProduct.resource("/relevance/queries.tsv"),
                CatalogueProduct.resource("/relevance/judgements.tsv"));
    }

    static JudgedSet parse(String queriesTsv, String judgementsTsv) {
        var declared = new LinkedHashMap<String, String[]>();
        for (String[] row : rows(queriesTsv, 4, "queries.tsv")) {
            String query = row[0];
            check(GROUPS.contains(row[1]), "queries.tsv: unknown group '" + row[1] + "' for '" + query + "'");
            check(LANGUAGES.contains(row[2]), "queries.tsv: unknown language '" + row[2] + "' for '" + query + "'");
            check(declared.put(query, row) == null, "queries.tsv: '" + query + "' listed twice");
        }
        var own = new HashMap<String, List<GradedRule>>();
        var copies = new HashMap<String, String>();
        for (String[] row : rows(judgementsTsv, 3, "judgements.tsv")) {
            String query = row[0];
            check(declared.containsKey(query), "judgements.tsv: '" + query + "' is not in queries.tsv");
            if (row[1].equals("=")) {
                check(declared.containsKey(row[2]), "judgements.tsv: '" + query + "' judged like unknown '" + row[2]
                        + "'");
                copies.put(query, row[2]);
            } else {
                check(row[1].matches("[0-3]"), "judgements.tsv: grade must be 0-3 or =, was '" + row[1] + "'");
                own.computeIfAbsent(query, q -> new ArrayList<>())
                        .add(new GradedRule(Integer.parseInt(row[1]), Rule.parse(row[2])));
            }
        }
        var queries = new ArrayList<JudgedQuery>();
        for (String[] row : declared.values()) {
            var rules = new ArrayList<>(own.getOrDefault(row[0], List.of()));
            String like = copies.get(row[0]);
            if (like != null) {
                check(!copies.containsKey(like), "judgements.tsv: '" + row[0] + "' is judged like '" + like
                        + "', which is itself judged like another query");
                rules.addAll(own.getOrDefault(like, List.of()));
            }
            check(!rules.isEmpty(), "judgements.tsv: no rule for '" + row[0] + "'");
            queries.add(new JudgedQuery(row[0], row[1], row[2], row[3], rules));
        }
        return new JudgedSet(queries);
    }

    private static List<String[]> rows(String tsv, int columns, String file) {
        var rows = new ArrayList<String[]>();
        for (String line : tsv.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            check(cells.length == columns, file + ": expected " + columns + " tab-separated columns in '" + line + "'");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
