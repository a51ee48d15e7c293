package id.nttmart.asn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nttmart.security.Role;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * Rosters and claims against the real PostgreSQL: imports are all or nothing, one NIP belongs to one account, a
 * claim off the roster is flagged, and an agency head sees their own agency's people only.
 */
@IntegrationTest
class AsnClaimsTest extends AsnFixtures {

    // ---- roster and claims

    @Test
    void a_roster_with_a_bad_row_imports_nothing_and_names_the_rows() {
        String agency = agency();
        signIn("admin", Role.ADMIN);
        String good = nip();
        String csv = "nip,name,agency\n" + good + ",Maria Uji," + agency + "\n"
                + "198513122010031001,Bulan Salah," + agency + "\n"
                + nip() + ",Tanpa OPD,NOPE\n";
        assertThatThrownBy(() -> agencies.importRoster(new StringReader(csv)))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems())
                        .extracting(ImportRefused.RowProblem::row, ImportRefused.RowProblem::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "asn.nip.birth-date"),
                                org.assertj.core.groups.Tuple.tuple(4L, "asn.import.agency")));
        assertThat(onRoster(good)).isFalse();

        var result = agencies.importRoster(new StringReader(good + ",Maria Uji," + agency + "\n"));
        assertThat(result.created()).isEqualTo(1);
        assertThat(onRoster(good)).isTrue();
    }

    @Test
    void agencies_import_by_csv_and_only_administrators_import() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        signIn("someone", Role.CUSTOMER);
        assertThatThrownBy(() -> agencies.importAgencies(new StringReader(code + ",Dinas Uji\n")))
                .isInstanceOf(AccessDeniedException.class);
        signIn("admin", Role.ADMIN);
        assertThat(agencies.importAgencies(new StringReader("code,name\n" + code + ",Dinas Uji\n")).created())
                .isEqualTo(1);
        assertThat(agencies.byCode(code)).get().extracting(Agencies.Agency::name).isEqualTo("Dinas Uji");
        assertThatThrownBy(() -> agencies.importAgencies(new StringReader(code + ",Lagi\n" + code + ",Dua\n")))
                .isInstanceOf(ImportRefused.class);
        // Over the API too: an administrator imports, a customer is refused.
        var shop = new ShopClient(port);
        var refused = shop.postBody("/api/v1/admin/asn/agencies", "text/csv", code + ",Dinas\n", "Authorization",
                basic("customer"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void a_claim_on_the_roster_is_clean_off_it_is_flagged_and_one_nip_belongs_to_one_account() {
        String agency = agency();
        String other = agency();
        String listed = rostered(agency, "Petrus Uji");
        String elsewhere = rostered(other, "Anton Uji");

        signInNew(Role.CUSTOMER);
        assertThat(identities.link(listed, agency).flag()).isNull();

        signInNew(Role.CUSTOMER);
        assertThatThrownBy(() -> identities.link(listed, agency))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.link.taken"));
        assertThat(identities.link(nip(), agency).flag()).isEqualTo("NOT_ON_ROSTER");

        signInNew(Role.CUSTOMER);
        assertThat(identities.link(elsewhere, agency).flag()).isEqualTo("OTHER_AGENCY");

        signInNew(Role.CUSTOMER);
        assertThatThrownBy(() -> identities.link("198503122010033001", agency))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.nip.sex"));

        // The administrators and the agency's head see the flagged claims; a head of an unrelated agency does not.
        signIn("admin", Role.ADMIN);
        assertThat(identities.flagged()).extracting(AsnIdentities.FlaggedClaim::nip).contains(elsewhere);
        String head = head(agency);
        signIn(head, Role.AGENCY_HEAD);
        assertThat(identities.flagged()).extracting(AsnIdentities.FlaggedClaim::nip).contains(elsewhere)
                .allMatch(n -> !n.equals(listed));
        signIn(head(agency()), Role.AGENCY_HEAD);
        assertThat(identities.flagged()).extracting(AsnIdentities.FlaggedClaim::nip).doesNotContain(elsewhere);
    }

    @Test
    void a_second_account_claiming_a_nip_over_the_api_gets_409() {
        String agency = agency();
        String nip = rostered(agency, "Yosef Uji");
        var shop = new ShopClient(port);
        String first = account(Role.CUSTOMER);
        String second = account(Role.CUSTOMER);
        String body = "{\"nip\":\"" + nip + "\",\"agency\":\"" + agency + "\"}";
        assertThat(shop.postBody("/api/v1/asn/me", "application/json", body, "Authorization", basic(first)).status())
                .isEqualTo(200);
        var refused = shop.postBody("/api/v1/asn/me", "application/json", body, "Authorization", basic(second));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("asn.link.taken");
        assertThat(shop.postBody("/api/v1/asn/me", "application/json", body).status()).isEqualTo(401);
    }

    // ---- the agency head

    @Test
    void an_agency_head_sees_their_agency_met_and_not_met_and_another_agencys_head_sees_nothing() {
        String agency = agency();
        String met = rostered(agency, "Anna Lunas");
        String short_ = rostered(agency, "Budi Kurang");
        rostered(agency, "Clara Belum");
        String elsewhere = rostered(agency(), "Dede Lain");
        signIn("staff", Role.OUTLET_STAFF);
        long outlet = mainOutlet("manggarai-barat");
        counter.record(outlet, met, 100_000, "M-" + UUID.randomUUID());
        counter.record(outlet, short_, 99_999, "S-" + UUID.randomUUID());
        counter.record(outlet, elsewhere, 500_000, "E-" + UUID.randomUUID());

        String head = head(agency);
        signIn(head, Role.AGENCY_HEAD);
        var month = compliance.agencyMonth(agency, AsnCompliance.currentMonth());
        assertThat(month.count().people()).isEqualTo(3);
        assertThat(month.count().met()).isEqualTo(1);
        assertThat(month.count().totalIdr()).isEqualTo(199_999);
        assertThat(month.people()).extracting(AsnCompliance.Person::nip).doesNotContain(elsewhere);
        assertThat(month.people()).filteredOn(AsnCompliance.Person::met).extracting(AsnCompliance.Person::nip)
                .containsExactly(met);
        assertThat(month.trend()).hasSize(6);
        assertThat(compliance.visibleAgencies()).extracting(Agencies.Agency::code).containsExactly(agency);
        assertThat(AsnCsv.people(month)).contains(met + ",Anna Lunas").contains("99999");

        String stranger = head(agency());
        signIn(stranger, Role.AGENCY_HEAD);
        assertThatThrownBy(() -> compliance.agencyMonth(agency, AsnCompliance.currentMonth()))
                .isInstanceOf(AccessDeniedException.class);
        signIn("customer", Role.CUSTOMER);
        assertThatThrownBy(() -> compliance.agencyMonth(agency, AsnCompliance.currentMonth()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.agencies(AsnCompliance.currentMonth()))
                .isInstanceOf(AccessDeniedException.class);

        // By the API: the head reads JSON and CSV; another head, a customer and nobody get no names.
        var shop = new ShopClient(port);
        String path = "/api/v1/asn/agencies/" + agency + "/compliance";
        var own = shop.getAs(path, head, head);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("met").asInt()).isEqualTo(1);
        assertThat(shop.getAs(path + ".csv", head, head).body()).contains("Anna Lunas");
        for (var response : List.of(shop.getAs(path, stranger, stranger), shop.getAs(path + ".csv", stranger, stranger),
                shop.getAs(path, "customer", "customer"), shop.get(path))) {
            assertThat(response.status()).isIn(401, 403);
            assertThat(response.body()).doesNotContain("Anna Lunas").doesNotContain(met);
        }

        // The province's per-agency counts (administrators) carry no names.
        signIn("admin", Role.ADMIN);
        assertThat(compliance.agencies(AsnCompliance.currentMonth())).filteredOn(c -> c.code().equals(agency))
                .singleElement().satisfies(c -> {
                    assertThat(c.people()).isEqualTo(3);
                    assertThat(c.met()).isEqualTo(1);
                });
    }

    @Test
    void only_an_account_with_the_agency_head_role_can_be_bound() {
        String agency = agency();
        String customer = account(Role.CUSTOMER);
        signIn("admin", Role.ADMIN);
        assertThatThrownBy(() -> heads.bind(customer, agency))
                .isInstanceOfSatisfying(AsnRefusal.class, e -> assertThat(e.key()).isEqualTo("asn.head.not-head"));
    }
}
