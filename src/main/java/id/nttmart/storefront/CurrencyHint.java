package id.nttmart.storefront;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Approximate amounts in foreign currencies for English-speaking visitors ("≈ US$9.62"), next to rupiah totals.
 * Rates are foreign units per rupiah, set by {@code nttmart.currency.hint.USD=0.0000615} (or the environment's
 * {@code NTTMART_CURRENCY_HINT_USD}, read in any case); the defaults below are
 * rough and meant to be overridden (setting any rate replaces them all). Indonesian visitors see rupiah only.
 */
@ConfigurationProperties("nttmart.currency")
class CurrencyHint {

    /** English as used worldwide: symbols that say whose dollar (US$, A$). */
    private static final Locale INTERNATIONAL_ENGLISH = Locale.forLanguageTag("en-001");

    /** Rough defaults, used until any rate is configured (configured rates replace them all). */
    private static final Map<String, BigDecimal> DEFAULTS = defaults();

    private final Map<String, BigDecimal> hint = new LinkedHashMap<>();

    private static Map<String, BigDecimal> defaults() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("USD", new BigDecimal("0.0000600"));
        rates.put("EUR", new BigDecimal("0.0000520"));
        rates.put("AUD", new BigDecimal("0.0000920"));
        return rates;
    }

    /** The rates in force, by upper-case currency code (an environment variable binds its key in lower case). */
    private Map<String, BigDecimal> rates() {
        if (hint.isEmpty()) {
            return DEFAULTS;
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        hint.forEach((code, rate) -> rates.put(code.toUpperCase(Locale.ROOT), rate));
        return rates;
    }

    public Map<String, BigDecimal> getHint() {
        return hint;
    }

    /** "US$9.62 · €8.34 · A$14.75", or empty for Indonesian visitors and when no rate is set. */
    String amounts(long rupiah, Locale locale) {
        if (!"en".equals(locale.getLanguage())) {
            return "";
        }
        return rates().entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .map(e -> amount(rupiah, e.getKey(), e.getValue())).collect(Collectors.joining(" · "));
    }

    /** The hint ("≈ US$9.62 · €8.34 (approximate)") as a small span (hidden when empty), with a title saying the buyer pays in rupiah. */
    Span span(long rupiah, Locale locale) {
        var span = new Span();
        span.addClassName("currency-hint");
        String amounts = amounts(rupiah, locale);
        span.setVisible(!amounts.isEmpty());
        if (!amounts.isEmpty()) {
            span.setText(span.getTranslation("currency.hint", amounts));
            span.setTitle(span.getTranslation("currency.approximate"));
        }
        return span;
    }

    private static String amount(long rupiah, String code, BigDecimal rate) {
        Currency currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal value = rate.multiply(BigDecimal.valueOf(rupiah)).setScale(digits, RoundingMode.HALF_UP);
        var format = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return currency.getSymbol(INTERNATIONAL_ENGLISH) + format.format(value);
    }
}
