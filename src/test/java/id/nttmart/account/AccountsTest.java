package id.nttmart.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nttmart.region.Address;
import id.nttmart.support.IntegrationTest;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Registration, password reset and saved addresses against the real database. */
@IntegrationTest
class AccountsTest {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/atur-sandi\\?token=([A-Za-z0-9_-]+))");

    @Autowired
    Registration registration;

    @Autowired
    PasswordReset reset;

    @Autowired
    SavedAddresses addresses;

    @Autowired
    CurrentCustomer current;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aRequest() {
        var request = new MockHttpServletRequest();
        request.setScheme("https");
        request.setServerName("toko.example");
        request.setServerPort(443);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_customer_registers_with_an_email_that_becomes_the_lower_cased_login() {
        String email = "Maria.Ndolu+" + unique() + "@Contoh.ID";

        var profile = registration.register("Maria Ndolu", email, "0812-3456-7890", "tenun ikat sumba");

        assertThat(profile.username()).isEqualTo(email.toLowerCase(Locale.ROOT));
        assertThat(profile.email()).isEqualTo(email.toLowerCase(Locale.ROOT));
        assertThat(profile.phone()).isEqualTo("+6281234567890");
        var login = users.loadUserByUsername(email);
        assertThat(passwords.matches("tenun ikat sumba", login.getPassword())).isTrue();
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CUSTOMER");
    }

    @Test
    void a_second_registration_of_the_same_email_in_other_case_is_refused() {
        String email = "yohanes" + unique() + "@contoh.id";
        registration.register("Yohanes", email, null, "kopi bajawa arabika");

        assertThatThrownBy(() -> registration.register("Someone Else", email.toUpperCase(Locale.ROOT), null,
                "another long password"))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(Problem.EMAIL_TAKEN));
        assertThat(passwords.matches("kopi bajawa arabika", users.loadUserByUsername(email).getPassword())).isTrue();
    }

    @Test
    void weak_passwords_and_bad_fields_are_refused_and_nothing_is_stored() {
        String email = "lemah" + unique() + "@contoh.id";

        assertThatThrownBy(() -> registration.register("Lemah", email, null, "pendek"))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(Problem.PASSWORD_TOO_SHORT));
        assertThatThrownBy(() -> registration.register("Lemah", email, null, email.toUpperCase(Locale.ROOT)))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(Problem.PASSWORD_SAME_AS_EMAIL));
        assertThatThrownBy(() -> registration.register(" ", "no-at-sign", "12", "a".repeat(73)))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        Problem.NAME_MISSING, Problem.EMAIL_INVALID, Problem.PHONE_INVALID,
                        Problem.PASSWORD_TOO_LONG));
        assertThat(jdbc.sql("select count(*) from app_user where username = :u").param("u", email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_reset_link_sets_the_password_once_and_spends_the_other_links() {
        String email = "reset" + unique() + "@contoh.id";
        registration.register("Reset", email, null, "password lama sekali");
        reset.requestLink(email, Locale.forLanguageTag("id"));
        String older = tokenFromLatestMail(email);
        reset.requestLink(email, Locale.ENGLISH);
        String newer = tokenFromLatestMail(email);
        assertThat(newer).isNotEqualTo(older).hasSizeGreaterThanOrEqualTo(43);
        assertThat(latestMail(email)).contains("Hello Reset").contains("https://toko.example/atur-sandi?token=");
        assertThat(jdbc.sql("select count(*) from password_reset_token where token_hash = convert_to(:t, 'UTF8')")
                .param("t", newer).query(Long.class).single()).as("only a hash is stored").isZero();

        assertThatThrownBy(() -> reset.setPassword(newer, "pendek")).isInstanceOf(RejectedException.class);
        assertThat(reset.isUsable(newer)).as("a refused password does not spend the link").isTrue();
        reset.setPassword(newer, "password baru sekali");

        assertThat(passwords.matches("password baru sekali", users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(reset.isUsable(newer)).isFalse();
        assertThatThrownBy(() -> reset.setPassword(newer, "sekali lagi dong")).isInstanceOf(InvalidTokenException.class);
        assertThat(reset.isUsable(older)).isFalse();
        assertThatThrownBy(() -> reset.setPassword(older, "sekali lagi dong")).isInstanceOf(InvalidTokenException.class);
        assertThat(passwords.matches("password baru sekali", users.loadUserByUsername(email).getPassword())).isTrue();
    }

    @Test
    void an_expired_link_sets_nothing_and_an_unknown_address_gets_no_mail() {
        String email = "expired" + unique() + "@contoh.id";
        registration.register("Expired", email, null, "password lama sekali");
        reset.requestLink(email, Locale.ENGLISH);
        String token = tokenFromLatestMail(email);
        jdbc.sql("""
                        update password_reset_token set expires_at = now() - interval '1 second'
                        where user_id = (select id from app_user where username = :u)""")
                .param("u", email)
                .update();

        assertThat(reset.isUsable(token)).isFalse();
        assertThatThrownBy(() -> reset.setPassword(token, "password baru sekali"))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(passwords.matches("password lama sekali", users.loadUserByUsername(email).getPassword())).isTrue();

        String nobody = "nobody" + unique() + "@contoh.id";
        reset.requestLink(nobody, Locale.ENGLISH);
        assertThat(jdbc.sql("select count(*) from mail_outbox where to_address = :a").param("a", nobody)
                .query(Long.class).single()).isZero();
    }

    @Test
    void another_users_address_can_be_neither_removed_nor_made_default() {
        var ana = registration.register("Ana", "ana" + unique() + "@contoh.id", null, "password ana panjang");
        var budi = registration.register("Budi", "budi" + unique() + "@contoh.id", null, "password budi panjang");
        var home = addresses.save(ana.id(), address("Ana"), "Rumah", false);
        var office = addresses.save(ana.id(), address("Ana Kantor"), "Kantor", false);
        assertThat(home.isDefault()).as("the first address is the default").isTrue();
        assertThat(office.isDefault()).isFalse();

        assertThat(addresses.remove(budi.id(), home.id())).isFalse();
        assertThat(addresses.makeDefault(budi.id(), office.id())).isFalse();
        assertThat(addresses.list(budi.id())).isEmpty();
        assertThat(addresses.list(ana.id())).extracting(SavedAddress::label, SavedAddress::isDefault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rumah", true),
                        org.assertj.core.groups.Tuple.tuple("Kantor", false));

        assertThat(addresses.makeDefault(ana.id(), office.id())).isTrue();
        assertThat(addresses.defaultAddress(ana.id())).get().extracting(SavedAddress::label).isEqualTo("Kantor");
        assertThat(addresses.remove(ana.id(), office.id())).isTrue();
        assertThat(addresses.list(ana.id())).extracting(SavedAddress::label, SavedAddress::isDefault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rumah", true));
    }

    @Test
    void the_checkout_reads_the_signed_in_customer() {
        String email = "checkout" + unique() + "@contoh.id";
        var registered = registration.register("Kornelis", email, "081234567891", "password kornelis");
        assertThat(current.get()).isEmpty();

        var login = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(login, null, login.getAuthorities()));

        assertThat(current.get()).contains(registered);
        assertThat(current.get().orElseThrow().phone()).isEqualTo("+6281234567891");
    }

    private static Address address(String recipient) {
        return new Address(recipient, "+6281234567890", "Jl. El Tari No. 5", "Oebobo", "Oebobo", "Kota Kupang",
                Address.NTT, "85111", Address.INDONESIA);
    }

    private String latestMail(String email) {
        return jdbc.sql("""
                        select text_body from mail_outbox where to_address = :a and kind = 'password-reset'
                        order by id desc limit 1""")
                .param("a", email)
                .query(String.class)
                .single();
    }

    private String tokenFromLatestMail(String email) {
        var matcher = LINK.matcher(latestMail(email));
        assertThat(matcher.find()).isTrue();
        return matcher.group(2);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
