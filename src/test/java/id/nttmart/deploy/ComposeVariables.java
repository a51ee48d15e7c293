package id.nttmart.deploy;

import java.util.Map;

/**
 * What an operator's {@code .env} holds for a test shop: the required variables, fake secrets, and the payment
 * sandbox (no Stripe key). Everything else takes the compose file's defaults.
 */
final class ComposeVariables {

    static final Map<String, String> TEST_SHOP = Map.of(
            "POSTGRES_PASSWORD", "not-a-real-password-7Qk",
            "NTTMART_PUBLIC_URL", "https://nttmart.example",
            "NTTMART_PAYMENT_SANDBOX_ENABLED", "true",
            "NTTMART_PAYMENT_WEBHOOK_SECRET", "whsec_not_a_real_secret",
            "NTTMART_ADMIN_USERNAME", "operator@nttmart.example",
            "NTTMART_ADMIN_PASSWORD", "not-a-real-admin-password-9");

    private ComposeVariables() {}
}
