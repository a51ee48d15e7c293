package id.nttmart.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import id.nttmart.payment.CheckoutPage;
import id.nttmart.payment.PaymentGateway;
import id.nttmart.payment.PaymentRequest;
import id.nttmart.payment.RefundRequest;
import id.nttmart.payment.RefundResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link PaymentGateway} over Stripe's API with stripe-java: Checkout Sessions in {@code idr} (sent in hundredths),
 * refunds by payment intent, each create call with the caller's {@code Idempotency-Key}.
 */
public final class StripeGateway implements PaymentGateway {

    /** Stripe accepts expires_at 30 minutes to 24 hours ahead; a minute of margin on each side for clock skew. */
    static final Duration SHORTEST_PAGE = Duration.ofMinutes(31);
    static final Duration LONGEST_PAGE = Duration.ofHours(24).minusMinutes(1);

    public static final String ORDER_NUMBER = "order_number";

    private static final Set<String> FINISHED = Set.of("expired", "complete");

    private final Supplier<StripeClient> client;
    private final Clock clock;

    public StripeGateway(Supplier<StripeClient> client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** A client for Stripe's API at {@code apiBase} (or a Stripe-compatible one), with timeouts and retries. */
    public static StripeClient client(String apiBase, String secretKey, Duration connectTimeout, Duration readTimeout,
            int maxNetworkRetries) {
        return StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(apiBase.replaceAll("/+$", ""))
                .setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()))
                .setReadTimeout(Math.toIntExact(readTimeout.toMillis()))
                .setMaxNetworkRetries(maxNetworkRetries)
                .build();
    }

    @Override
    public CheckoutPage open(PaymentRequest request) {
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCurrency("idr")
                .setClientReferenceId(request.orderNumber())
                .putMetadata(ORDER_NUMBER, request.orderNumber())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(ORDER_NUMBER, request.orderNumber()).build())
                .setLocale(locale(request.locale()))
                .setExpiresAt(expiresAt(request.expiresAt()).getEpochSecond())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl());
        if (!request.buyerEmail().isBlank()) {
            params.setCustomerEmail(request.buyerEmail());
        }
        for (var item : request.items()) {
            params.addLineItem(LineItem.builder()
                    .setQuantity((long) item.quantity())
                    .setPriceData(PriceData.builder()
                            .setCurrency("idr")
                            .setUnitAmount(IdrAmount.toHundredths(item.unitPriceIdr()))
                            .setProductData(PriceData.ProductData.builder().setName(item.name()).build())
                            .build())
                    .build());
        }
        try {
            Session session = client.get().v1().checkout().sessions().create(params.build(),
                    idempotent(request.idempotencyKey()));
            return new CheckoutPage(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw GatewayErrors.translate("open a payment page for " + request.orderNumber(), e);
        }
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        var params = RefundCreateParams.builder()
                .setPaymentIntent(request.paymentIntentId())
                .setAmount(IdrAmount.toHundredths(request.amountIdr()))
                .putMetadata(ORDER_NUMBER, request.orderNumber());
        if (!request.reason().isBlank()) {
            // Stripe's own reason is an enumeration; the shop's words go into the metadata.
            params.putMetadata("reason", request.reason().length() > 500
                    ? request.reason().substring(0, 500) : request.reason());
        }
        try {
            var refund = client.get().v1().refunds().create(params.build(), idempotent(request.idempotencyKey()));
            return new RefundResult(refund.getId(), refund.getStatus());
        } catch (StripeException e) {
            throw GatewayErrors.translate("refund " + request.orderNumber(), e);
        }
    }

    @Override
    public void close(String sessionId) {
        var sessions = client.get().v1().checkout().sessions();
        try {
            sessions.expire(sessionId);
        } catch (InvalidRequestException refused) {
            // Stripe refuses to expire a session that is no longer open: that is what we wanted anyway.
            try {
                if (FINISHED.contains(String.valueOf(sessions.retrieve(sessionId).getStatus()))) {
                    return;
                }
            } catch (StripeException e) {
                throw GatewayErrors.translate("close the payment page " + sessionId, e);
            }
            throw GatewayErrors.translate("close the payment page " + sessionId, refused);
        } catch (StripeException e) {
            throw GatewayErrors.translate("close the payment page " + sessionId, e);
        }
    }

    private Instant expiresAt(Instant requested) {
        Instant now = clock.instant();
        Instant earliest = now.plus(SHORTEST_PAGE);
        Instant latest = now.plus(LONGEST_PAGE);
        return requested.isBefore(earliest) ? earliest : requested.isAfter(latest) ? latest : requested;
    }

    private static SessionCreateParams.Locale locale(Locale locale) {
        String language = locale.getLanguage();
        return "id".equals(language) || "in".equals(language)
                ? SessionCreateParams.Locale.ID : SessionCreateParams.Locale.EN;
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }
}
