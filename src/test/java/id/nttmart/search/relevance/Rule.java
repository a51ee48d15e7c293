package id.nttmart.search.relevance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A judgement rule: a predicate over a product's fields, in a small language a judge can read.
 *
 * <pre>
 * rule  := term ( "&amp;" term )*             all terms hold
 * term  := [ "!" ] field ( "=" | "~" ) value ( "|" value )*
 * </pre>
 *
 * {@code field=a|b} holds when the field equals one of the values; {@code field~a|b} when the field contains one of
 * them as whole words (so {@code text~ikat} matches "tenun ikat" but not "Ikatan Bidan"). Both ignore case; a leading
 * {@code !} negates the term. Example: {@code category=tenun & island=Sumba & !type=TEN-SELENDANG-SISWA}.
 */
record Rule(String source, List<Term> terms) implements Predicate<CatalogueProduct> {

    Rule {
        terms = List.copyOf(terms);
    }

    static Rule parse(String source) {
        String text = source.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty rule");
        }
        List<Term> terms = Arrays.stream(text.split("&", -1)).map(String::strip).map(t -> Term.parse(t, source))
                .toList();
        return new Rule(text, terms);
    }

    @Override
    public boolean test(CatalogueProduct product) {
        return terms.stream().allMatch(t -> t.test(product));
    }

    @Override
    public String toString() {
        return source;
    }

    record Term(boolean negated, String field, char op, List<String> values, List<Pattern> words)
            implements Predicate<CatalogueProduct> {

        static Term parse(String text, String rule) {
            boolean negated = text.startsWith("!");
            String body = negated ? text.substring(1).strip() : text;
            int at = indexOfOperator(body);
            if (at <= 0) {
                throw new IllegalArgumentException("term without field and = or ~: '" + text + "' in rule '" + rule + "'");
            }
            String field = body.substring(0, at).strip().toLowerCase(Locale.ROOT);
            if (!CatalogueProduct.FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "' in rule '" + rule + "'; known: "
                        + CatalogueProduct.FIELDS);
            }
            char op = body.charAt(at);
            List<String> values = Arrays.stream(body.substring(at + 1).split("\\|", -1)).map(String::strip).toList();
            if (values.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("empty value in '" + text + "' in rule '" + rule + "'");
            }
            List<Pattern> words = values.stream().map(v -> Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
            return new Term(negated, field, op, values, words);
        }

        private static int indexOfOperator(String body) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) == '=' || body.charAt(i) == '~') {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean test(CatalogueProduct product) {
            String value = product.field(field);
            boolean matches = op == '=' ? values.stream().anyMatch(value::equalsIgnoreCase)
                    : words.stream().anyMatch(p -> p.matcher(value).find());
            return matches != negated;
        }
    }
}
