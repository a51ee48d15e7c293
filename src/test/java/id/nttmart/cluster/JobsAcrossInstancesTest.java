package id.nttmart.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.ProductEdits;
import id.nttmart.curation.LicenceExpiry;
import id.nttmart.mail.Mailer;
import id.nttmart.mail.OutgoingMail;
import id.nttmart.platform.embedded.EmbeddedPostgresServer;
import id.nttmart.support.AppInstances;
import id.nttmart.support.ShopClient;
import id.nttmart.support.StallingProxy;
import id.nttmart.support.TestServices;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three app instances on one database, every background job running on each: work that is due is done once (mail
 * relay, licence expiry, refund relay, sandbox webhook retries, payment reconciler; hold expiry has its own test,
 * the search outbox relay {@link IndexAcrossInstancesTest}), and work a node was in the middle of when it died is
 * done by another, once (mail relay, search outbox relay, licence expiry). Node B reaches SMTP and Elasticsearch
 * through proxies the test can stall, so that it can be caught inside a delivery and killed there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsAcrossInstancesTest {

    static final String DATABASE = "cluster_jobs";
    static final String ALIAS = "products-" + DATABASE;
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    final AppInstances nodes = new AppInstances(DATABASE);
    StallingProxy smtpToB;
    StallingProxy elasticsearchToB;
    JdbcClient jdbc;

    @BeforeAll
    void start() {
        smtp.start();
        smtpToB = new StallingProxy(smtp.getSmtp().getPort());
        elasticsearchToB = new StallingProxy(URI.create(TestServices.get().elasticsearchUrl()).getPort());
        nodes.start("node-a", mail(smtp.getSmtp().getPort()));
        nodes.start("node-b", with(mail(smtpToB.port()), "nttmart.elasticsearch.url",
                "http://127.0.0.1:" + elasticsearchToB.port()));
        nodes.start("node-c", mail(smtp.getSmtp().getPort()));
        jdbc = nodes.get("node-a").getBean(JdbcClient.class);
    }

    @AfterAll
    void stop() {
        // The proxies first: a node stuck behind a stalled one would make its shutdown wait.
        try {
            if (smtpToB != null) {
                smtpToB.close();
            }
            if (elasticsearchToB != null) {
                elasticsearchToB.close();
            }
            nodes.close();
        } finally {
            smtp.stop();
        }
    }

    static String[] mail(int port) {
        return new String[] {"spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(port),
            "nttmart.mail.from", "NTT Mart <toko@nttmart.test>", "nttmart.mail.retry-delay", "200ms",
            "nttmart.mail.poll-interval", "300ms", "nttmart.mail.max-attempts", "5",
            // The refund relay and the sandbox's webhook relay look often, so the three instances race for work.
            "nttmart.orders.refund-every", "PT0.3S", "nttmart.payment.sandbox.relay", "PT0.3S",
            "nttmart.orders.reconcile-every", "PT0.3S"};
    }

    static String[] with(String[] base, String... more) {
        var all = new ArrayList<>(Arrays.asList(base));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    @Test
    @Order(1)
    void thirty_mails_queued_on_three_nodes_are_each_delivered_once_when_all_three_relays_start_together() {
        var relays = nodes.all().stream().map(n -> AppInstances.worker(n, "MailRelay")).toList();
        relays.forEach(r -> r.stop());
        List<String> references = new ArrayList<>();
        try {
            int i = 0;
            for (var node : nodes.all()) {
                var mailer = node.getBean(Mailer.class);
                for (int k = 0; k < 10; k++) {
                    String reference = "ONCE-" + (i++);
                    references.add(reference);
                    mailer.queue(new OutgoingMail("pembeli" + i + "@contoh.id", "Pesanan diterima",
                            "Pesanan " + reference + " diterima.", null, "order-confirmed", reference));
                }
            }
        } finally {
            var go = new CountDownLatch(1);
            var started = relays.stream().map(r -> CompletableFuture.runAsync(() -> {
                awaitQuietly(go);
                r.start();
            })).toList();
            go.countDown();
            started.forEach(CompletableFuture::join);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from mail_outbox where reference like 'ONCE-%' and status = 'SENT'")
                .query(Integer.class).single() == 30);
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
                .map(GreenMailUtil::getBody)
                .flatMap(body -> references.stream().filter(r -> body.contains("Pesanan " + r + " diterima")))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(30);
        assertThat(received.values()).as("deliveries per mail").containsOnly(1L);
        assertThat(jdbc.sql("select max(attempts) from mail_outbox where reference like 'ONCE-%'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void the_licence_job_run_by_three_nodes_at_once_delists_each_expired_product_once() {
        ClusterFixtures.importRows(nodes.get("node-a"),
                row("JOBS-LIC-1", "Kacang Mete Uji Satu"), row("JOBS-LIC-2", "Kacang Mete Uji Dua"),
                row("JOBS-LIC-3", "Kacang Mete Uji Tiga"), row("JOBS-LIC-4", "Kacang Mete Uji Empat"));
        LocalDate today = LocalDate.now(WITA);
        jdbc.sql("""
                        update product_licence set expires_on = :d
                        where product_id in (select id from product where sku like 'JOBS-LIC-%')""")
                .param("d", today.minusDays(2)).update();

        var go = new CountDownLatch(1);
        var runs = nodes.all().stream().map(n -> CompletableFuture.supplyAsync(() -> {
            awaitQuietly(go);
            return n.getBean(LicenceExpiry.class).delistExpired(today);
        })).toList();
        go.countDown();
        int delisted = runs.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(delisted).as("delisted by these runs (a scheduled run may come first)").isLessThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from product where sku like 'JOBS-LIC-%' and status = 'DELISTED'")
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(delistingsAudited("JOBS-LIC-%")).as("audit entries per product").containsOnly(1);
        assertThat(delistingsAudited("JOBS-LIC-%")).hasSize(4);
    }

    @Test
    @Order(3)
    void refunds_of_orders_cancelled_on_three_nodes_are_each_asked_of_the_gateway_once() {
        ClusterFixtures.importRows(nodes.get("node-a"), "JOBS-REFUND,Tenun Uji Refund,Refund Test Weave,,,tenun,"
                + "OVOP,Desa Uji,Sikka,UMKM Uji,150000,700,,none,Sikka:20");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var node = nodes.all().get(i % 3);
            var shop = new ShopClient(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
            var placed = shipToMaumere(shop, "JOBS-REFUND", 1);
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            var order = placed.json();
            String number = order.get("number").asString();
            numbers.add(number);
            var link = shop.open(order.get("paymentUrl").asString());
            assertThat(link.status()).as(link.body()).isEqualTo(303);
            String page = URI.create(link.header("Location")).getPath();
            assertThat(shop.postBody(page, "application/x-www-form-urlencoded",
                    "card_number=4242424242424242&expiry=12/40&cvc=123").status()).isEqualTo(303);
            await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(orderStatus(number)));
            URI cancel = URI.create(order.get("trackingUrl").asString().replace("?token", "/cancel?token")
                    .replace("/pesanan/", "/api/v1/orders/"));
            assertThat(shop.post(cancel.getRawPath() + "?" + cancel.getRawQuery(), null, null).status())
                    .isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> numbers.stream()
                .allMatch(n -> "REFUNDED".equals(orderStatus(n))));
        for (String number : numbers) {
            var refunds = jdbc.sql("""
                            select r.status || ' after ' || r.attempts || ' claim(s), '
                                || (select count(*) from sandbox_refund s where s.payment_intent = r.payment_intent_id)
                                || ' at the gateway'
                            from order_refund r join customer_order o on o.id = r.order_id where o.number = :n""")
                    .param("n", number).query(String.class).list();
            assertThat(refunds).as(number).containsExactly("SUCCEEDED after 1 claim(s), 1 at the gateway");
            assertThat(jdbc.sql("""
                            select count(*) from order_event e join customer_order o on o.id = e.order_id
                            where o.number = :n and e.kind = 'refunded'""")
                    .param("n", number).query(Integer.class).single()).isEqualTo(1);
        }
        // The gateway's charge.refunded webhooks meet the relay's own bookkeeping of the same refunds: each is
        // taken at the first attempt (once a deadlock between the two made the shop answer 500 and wait for a retry).
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from sandbox_event where type = 'charge.refunded' and delivered_at is not null")
                .query(Integer.class).single() == 6);
        assertThat(jdbc.sql("select distinct attempts from sandbox_event where type = 'charge.refunded'")
                .query(Integer.class).list()).containsExactly(1);
    }

    @Test
    @Order(4)
    void webhook_deliveries_due_for_retry_are_each_delivered_once_by_three_relays() {
        long now = java.time.Instant.now().getEpochSecond();
        for (int i = 0; i < 40; i++) {
            String id = "evt_cluster_" + i + "_" + now;
            jdbc.sql("""
                            insert into sandbox_event (id, type, payload, attempts, next_attempt_at, last_error)
                            values (:id, 'customer.created', :payload, 1, now(), 'connection refused')""")
                    .param("id", id)
                    .param("payload", """
                            {"id":"%s","object":"event","api_version":"2025-03-31.basil","created":%d,
                             "livemode":false,"pending_webhooks":1,"type":"customer.created",
                             "data":{"object":{"id":"cus_cluster_%d","object":"customer"}}}"""
                            .formatted(id, now, i))
                    .update();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from sandbox_event where id like 'evt_cluster_%' and delivered_at is not null")
                .query(Integer.class).single() == 40);
        assertThat(jdbc.sql("select distinct attempts from sandbox_event where id like 'evt_cluster_%'")
                .query(Integer.class).list()).as("attempts: the failed first one and one delivery").containsExactly(2);
        assertThat(jdbc.sql("select count(*) from payment_event where id like 'evt_cluster_%'")
                .query(Integer.class).single()).as("events the shop recorded").isEqualTo(40);
    }

    @Test
    @Order(5)
    void payments_that_arrive_after_the_hold_lapsed_are_reconciled_once_by_three_nodes() {
        ClusterFixtures.importRows(nodes.get("node-a"), "JOBS-LATE,Tenun Uji Telat,Late Test Weave,,,tenun,"
                + "OVOP,Desa Uji,Sikka,UMKM Uji,120000,700,,none,Sikka:30");
        var a = nodes.get("node-a");
        var shop = new ShopClient(nodes.port("node-a"));
        Map<String, Long> totals = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            var placed = shipToMaumere(shop, "JOBS-LATE", 2);
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            totals.put(placed.json().get("number").asString(), placed.json().get("total_idr").asLong());
        }
        // Every hold runs out unpaid (as if 35 minutes passed) and the expiry job releases them.
        jdbc.sql("""
                        update stock_hold set expires_at = now() - interval '1 second'
                        where id in (select hold_id from customer_order where number in (:n))""")
                .param("n", totals.keySet()).update();
        a.getBean(id.nttmart.inventory.Reservations.class).expireDue(100);
        assertThat(reservedLate()).isZero();

        // The buyers pay anyway, on pages opened at the gateway: every reconciler on the three nodes races.
        var gateway = a.getBean(id.nttmart.payment.PaymentGateway.class);
        totals.forEach((number, total) -> {
            var page = gateway.open(new id.nttmart.payment.PaymentRequest(number, List.of(
                    new id.nttmart.payment.PaymentRequest.Item("Order " + number, total, 1)), "maria@example.com",
                    java.util.Locale.ENGLISH, java.time.Instant.now().plus(Duration.ofHours(1)),
                    "http://localhost/", "http://localhost/", "late-" + number));
            assertThat(shop.postBody(URI.create(page.url()).getPath(), "application/x-www-form-urlencoded",
                    "card_number=4242424242424242&expiry=12/40&cvc=123").status()).isEqualTo(303);
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> totals.keySet().stream()
                .allMatch(n -> "PAID".equals(orderStatus(n))));
        for (String number : totals.keySet()) {
            assertThat(jdbc.sql("""
                            select e.kind from order_event e join customer_order o on o.id = e.order_id
                            where o.number = :n and e.kind like 'payment-late%' order by e.id""")
                    .param("n", number).query(String.class).list()).as(number)
                    .containsExactly("payment-late", "payment-late-accepted");
            assertThat(jdbc.sql("""
                            select count(*) from order_refund r join customer_order o on o.id = r.order_id
                            where o.number = :n""").param("n", number).query(Integer.class).single()).isZero();
        }
        assertThat(reservedLate()).as("two units held again per order, once").isEqualTo(12);
    }

    long reservedLate() {
        return jdbc.sql("select coalesce(sum(s.reserved), 0) from stock s join product p on p.id = s.product_id"
                + " where p.sku = 'JOBS-LATE'").query(Long.class).single();
    }

    String orderStatus(String number) {
        return jdbc.sql("select status from customer_order where number = :n").param("n", number)
                .query(String.class).single();
    }

    /**
     * Node B is caught inside three jobs at once: handing a mail to SMTP, writing a batch to Elasticsearch, and
     * delisting an expired product (waiting for a lock). It dies; A and C finish all three, each once.
     */
    @Test
    @Order(6)
    void work_a_dead_node_was_in_the_middle_of_is_finished_by_the_others_once() throws Exception {
        ClusterFixtures.importRows(nodes.get("node-a"), row("JOBS-DIE-LIC", "Kacang Mete Uji Mati"),
                "JOBS-DIE-IDX,Tenun Uji Node Mati,Dead Node Test Weave,,,tenun,OVOP,Desa Uji,Manggarai,UMKM Uji,"
                        + "300000,400,,none,Manggarai:5");
        var a = nodes.get("node-a");
        var b = nodes.get("node-b");
        var catalog = a.getBean(Catalog.class);
        long indexed = catalog.findBySku("JOBS-DIE-IDX").orElseThrow().id();
        long licenced = catalog.findBySku("JOBS-DIE-LIC").orElseThrow().id();
        await().atMost(Duration.ofSeconds(20)).until(() -> ClusterFixtures.document(ALIAS, indexed).isPresent());

        // Mails of earlier steps (buyers told of refunds, ...) go first, so the one queued below is the only one left
        // for B to take.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from mail_outbox where status = 'QUEUED'").query(Integer.class).single() == 0);
        List<ConfigurableApplicationContext> survivors = List.of(a, nodes.get("node-c"));
        for (var node : survivors) {
            AppInstances.worker(node, "MailRelay").stop();
            AppInstances.worker(node, "SearchOutboxRelay").stop();
        }
        smtpToB.stall();
        elasticsearchToB.stall();

        a.getBean(Mailer.class).queue(new OutgoingMail("pembeli@contoh.id", "Pesanan diterima",
                "Pesanan DIE-MAIL diterima.", null, "order-confirmed", "DIE-MAIL"));
        var edits = a.getBean(ProductEdits.class);
        a.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            var p = catalog.findBySku("JOBS-DIE-IDX").orElseThrow();
            edits.update(p.id(), new ProductEdits.Details("Tenun Uji Node Mati Baru", p.nameEn(), p.descriptionId(),
                    p.descriptionEn(), p.categoryCode(), 345_000));
        });
        long outboxEntry = jdbc.sql("select max(id) from search_outbox where product_id = :p").param("p", indexed)
                .query(Long.class).single();

        LocalDate today = LocalDate.now(WITA);
        jdbc.sql("update product_licence set expires_on = :d where product_id = :p")
                .param("d", today.minusDays(1)).param("p", licenced).update();
        CompletableFuture<Integer> licenceRunOnB;
        try (Connection auditLock = DriverManager.getConnection(nodes.jdbcUrl(), EmbeddedPostgresServer.USER, "")) {
            auditLock.setAutoCommit(false);
            auditLock.createStatement().execute("lock table audit_entry in exclusive mode");
            licenceRunOnB = CompletableFuture.supplyAsync(() -> b.getBean(LicenceExpiry.class).delistExpired(today));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(smtpToB.held()).as("B is inside its SMTP call").isPositive();
                assertThat(elasticsearchToB.held()).as("B is inside its Elasticsearch write").isPositive();
                assertThat(waitingForLock("node-b")).as("B's licence run waits, holding its product").isPositive();
                assertThat(claimable("mail_outbox", "reference = 'DIE-MAIL'")).as("the mail is claimed by B").isZero();
            });
            assertThat(claimable("search_outbox", "id = " + outboxEntry)).as("the index change is claimed by B")
                    .isZero();
            assertThat(claimable("product", "id = " + licenced)).as("the product is locked by B").isZero();

            // The crash: B's network and its database sessions are gone at once.
            assertThat(nodes.terminateSessions("node-b")).isPositive();
            smtpToB.close();
            elasticsearchToB.close();
            auditLock.rollback();
        }
        nodes.kill("node-b");
        assertThat(licenceRunOnB).failsWithin(Duration.ofSeconds(30));

        assertThat(claimable("mail_outbox", "reference = 'DIE-MAIL'")).as("nothing stays claimed").isEqualTo(1);
        assertThat(claimable("search_outbox", "id = " + outboxEntry)).isEqualTo(1);
        assertThat(claimable("product", "id = " + licenced)).isEqualTo(1);

        for (var node : survivors) {
            AppInstances.worker(node, "MailRelay").start();
            AppInstances.worker(node, "SearchOutboxRelay").start();
        }
        nodes.get("node-c").getBean(LicenceExpiry.class).delistExpired(today);

        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(jdbc.sql(
                "select status from mail_outbox where reference = 'DIE-MAIL'").query(String.class).single()));
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains("Pesanan DIE-MAIL diterima"))).hasSize(1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var document = ClusterFixtures.document(ALIAS, indexed).orElseThrow();
            assertThat(document.get("_version").asLong()).isGreaterThan(outboxEntry);
            assertThat(document.get("_source").get("price_idr").asLong()).isEqualTo(345_000);
            assertThat(document.get("_source").get("name_id").asString()).isEqualTo("Tenun Uji Node Mati Baru");
        });
        assertThat(jdbc.sql("select count(*) from search_outbox where id <= :id").param("id", outboxEntry)
                .query(Integer.class).single()).isZero();

        assertThat(jdbc.sql("select status from product where id = :p").param("p", licenced).query(String.class)
                .single()).isEqualTo("DELISTED");
        assertThat(delistingsAudited("JOBS-DIE-LIC")).containsOnly(1).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> ClusterFixtures.document(ALIAS, licenced).isEmpty());
    }

    static String row(String sku, String name) {
        return sku + "," + name + "," + name + " EN,,,camilan,OVOP,Desa Uji,Manggarai,UMKM Uji,45000,250,PIRT:"
                + sku + ",none,Manggarai:10";
    }

    /** Delisting audit entries per product of the SKU pattern. */
    List<Integer> delistingsAudited(String skuPattern) {
        return jdbc.sql("""
                        select count(*) from audit_entry
                        where subject_type = 'product' and subject_id like :sku and action = 'product delisted'
                        group by subject_id""")
                .param("sku", skuPattern).query(Integer.class).list();
    }

    /** Rows of the table matching the condition that an instance could claim now (not locked by anyone). */
    int claimable(String table, String condition) {
        return nodes.get("node-a").getBean(TransactionTemplate.class).execute(tx -> jdbc.sql(
                "select count(*) from (select 1 from " + table + " where " + condition + " for update skip locked) t")
                .query(Integer.class).single());
    }

    int waitingForLock(String applicationName) {
        return jdbc.sql("select count(*) from pg_stat_activity where application_name = :n and wait_event_type = 'Lock'")
                .param("n", applicationName).query(Integer.class).single();
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An anonymous API order of the product, shipped to an address in Sikka (Maumere). */
    private static ShopClient.Response shipToMaumere(ShopClient shop, String sku, int quantity) {
        return shop.postJson("/api/v1/orders", """
                {"lines":[{"sku":"%s","qty":%d}],
                 "delivery":{"type":"ship","address":{"street":"Jl. El Tari No. 5","district":"Alok",
                             "regency":"Sikka","postal_code":"86111"}},
                 "buyer":{"name":"Maria Goreti","email":"maria@example.com","phone":"081234567890"},
                 "ageConfirmed":false,"lang":"en"}""".formatted(sku, quantity));
    }
}
