package id.nttmart.asn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The NIP's parts: birth date, appointment month (17+ years later, not in the future), sex digit, sequence. */
class NipTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @ValueSource(strings = {"198503122010031001", "199001252015032002", "200002292020012999",
        "198011302005011005", "200811242025111001"})
    void valid_nips_pass(String nip) {
        assertThat(Nip.check(nip, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "19850312201003100, LENGTH",           // 17 digits
        "1985031220100310011, LENGTH",         // 19 digits
        "19850312201003100A, LENGTH",
        "198513122010031001, BIRTH_DATE",      // month 13
        "198502302010031001, BIRTH_DATE",      // 30 February
        "190002292010031001, BIRTH_DATE",      // 1900 was no leap year
        "202712012010031001, BIRTH_DATE",      // born in the future
        "198503122010131001, APPOINTMENT",     // appointment month 13
        "198503122010001001, APPOINTMENT",     // appointment month 00
        "198503122027011001, APPOINTMENT",     // appointed in the future
        "198503122001031001, TOO_YOUNG",       // appointed at 15
        "198503122002021001, TOO_YOUNG",       // a month short of 17
        "198503122010033001, SEX",
        "198503122010030001, SEX",
        "198503122010031000, SEQUENCE",
    })
    void invalid_nips_name_their_problem(String nip, Nip.Problem problem) {
        assertThat(Nip.check(nip, TODAY)).contains(problem);
    }

    @Test
    void appointment_in_the_month_of_the_seventeenth_birthday_is_accepted() {
        assertThat(Nip.check("198503122002031001", TODAY)).isEmpty();
    }

    @Test
    void spaces_and_dots_people_type_are_dropped() {
        assertThat(Nip.normalise(" 19850312 201003 1 001 ")).isEqualTo("198503122010031001");
        assertThat(Nip.normalise("19850312.201003.1.001")).isEqualTo("198503122010031001");
    }

    @Test
    void every_problem_has_a_message_key_in_both_bundles() throws Exception {
        var en = new java.util.Properties();
        var id = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/vaadin-i18n/translations_en.properties");
                var b = getClass().getResourceAsStream("/vaadin-i18n/translations_id.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            id.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (var problem : Nip.Problem.values()) {
            assertThat(en.getProperty(problem.key())).as(problem.key()).isNotBlank();
            assertThat(id.getProperty(problem.key())).as(problem.key()).isNotBlank();
        }
        assertThat(en.keySet().stream().filter(k -> k.toString().startsWith("asn.")).count())
                .isEqualTo(id.keySet().stream().filter(k -> k.toString().startsWith("asn.")).count());
    }

    @Test
    void the_demo_roster_is_valid() {
        for (String[] row : AsnDemo.ROSTER) {
            assertThat(Nip.check(row[0], TODAY)).as(row[0]).isEmpty();
        }
    }
}
