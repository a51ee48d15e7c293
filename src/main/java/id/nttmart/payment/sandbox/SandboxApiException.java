package id.nttmart.payment.sandbox;

import org.jspecify.annotations.Nullable;

/** A request the sandbox refuses, answered in Stripe's error shape. */
class SandboxApiException extends RuntimeException {

    final int status;
    final String type;
    final @Nullable String code;
    final @Nullable String param;

    SandboxApiException(int status, String type, @Nullable String code, String message, @Nullable String param) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    static SandboxApiException invalid(@Nullable String code, String message, @Nullable String param) {
        return new SandboxApiException(400, "invalid_request_error", code, message, param);
    }

    String body() {
        return SandboxJson.error(type, code, getMessage(), param);
    }
}
