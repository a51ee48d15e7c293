package id.nttmart.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The sandbox takes test cards as money: a shop on its own database gets it only when it asks for it by name. */
class SandboxSafetyTest {

    @Test
    void a_production_shop_without_a_gateway_key_refuses_to_start() {
        var production = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/nttmart");

        assertThatThrownBy(() -> new SandboxConfiguration(production))
                .hasMessageContaining("NTTMART_PAYMENT_SECRET_KEY");
    }

    @Test
    void the_embedded_default_and_a_named_test_shop_run_the_sandbox() {
        assertThatCode(() -> new SandboxConfiguration(new MockEnvironment())).doesNotThrowAnyException();
        assertThatCode(() -> new SandboxConfiguration(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/nttmart")
                .withProperty("nttmart.payment.sandbox.enabled", "true"))).doesNotThrowAnyException();
    }
}
