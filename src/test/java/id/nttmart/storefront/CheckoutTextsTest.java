package id.nttmart.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import id.nttmart.ordering.ShipmentStep;
import id.nttmart.routing.RoutingReason;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every routing reason, shipment step and shown tracking step has words in both languages; the currency hint. */
class CheckoutTextsTest {

    @Test
    void every_routing_reason_shipment_step_and_tracking_step_is_translated() throws IOException {
        List<String> keys = new ArrayList<>();
        for (RoutingReason reason : RoutingReason.values()) {
            keys.add("checkout.reason." + reason.name());
        }
        for (ShipmentStep step : ShipmentStep.values()) {
            keys.add("tracking.step." + step.name());
        }
        Timeline.SHOWN.forEach(kind -> keys.add("tracking.event." + kind));
        for (String bundle : List.of("translations", "translations_en", "translations_id")) {
            var texts = load(bundle);
            assertThat(keys).as(bundle).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void english_visitors_see_approximate_amounts_indonesians_none() {
        var hint = new CurrencyHint();
        hint.getHint().clear();
        hint.getHint().put("USD", new java.math.BigDecimal("0.0000615"));
        hint.getHint().put("JPY", new java.math.BigDecimal("0.0095"));

        assertThat(hint.amounts(156_400, Locale.ENGLISH)).isEqualTo("US$9.62 · JP¥1,486");
        assertThat(hint.amounts(156_400, Locale.forLanguageTag("id"))).isEmpty();
    }

    @Test
    void rates_from_the_environment_bind_in_lower_case_and_replace_the_defaults() {
        var hint = new CurrencyHint();
        assertThat(hint.amounts(1_000_000, Locale.ENGLISH)).contains("US$").contains("€").contains("A$");

        hint.getHint().put("usd", new java.math.BigDecimal("0.0000615"));

        assertThat(hint.amounts(1_000_000, Locale.ENGLISH)).isEqualTo("US$61.50");
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = CheckoutTextsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
