package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.rules.Limits;
import com.allinaccountability.core.service.Inputs.CheckInInput;
import com.allinaccountability.core.service.Inputs.ControlInput;
import com.allinaccountability.core.service.Inputs.ExpectationInput;
import com.allinaccountability.core.service.Inputs.RetrospectiveInput;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcurrencyAndValidationTest extends ServiceFixture {

    @Test
    void a_write_based_on_a_stale_version_is_refused_and_nothing_changes() {
        setExpectation(ALICE);
        long seenByBoth = version();
        align(BOB);
        AccountabilityRecord before = store.load(1).orElseThrow();
        int historyBefore = store.historySize(1);

        Outcome<RecordView> stale = service.setExpectation(CAROL, KEY,
                expectation("Something else", "why", "2026-04-01"), seenByBoth);

        assertThat(stale).isInstanceOfSatisfying(Outcome.Conflict.class,
                conflict -> assertThat(conflict.currentVersion()).isEqualTo(before.version()));
        assertThat(store.load(1)).contains(before);
        assertThat(store.historySize(1)).isEqualTo(historyBefore);
    }

    @Test
    void rights_are_checked_before_the_records_state_so_a_refusal_tells_nothing_about_it() {
        owned();
        writeRetrospective(BOB);
        verify(CAROL);
        long locked = version();
        long stale = locked - 1;

        // dave may only browse: every step he may not take is 403, whether the record is locked or his version stale.
        for (long seen : new long[] {locked, stale}) {
            assertThat(service.setExpectation(DAVE, KEY, expectation("x", "y", "2026-05-01"), seen))
                    .as("expectation, version %d", seen).isInstanceOf(Outcome.Forbidden.class);
            assertThat(service.stateControl(DAVE, KEY, new ControlInput("", "", Optional.empty()), seen))
                    .as("control").isInstanceOf(Outcome.Forbidden.class);
            assertThat(service.checkIn(DAVE, KEY, new CheckInInput(Optional.empty(), "", Optional.empty()), seen))
                    .as("check-in").isInstanceOf(Outcome.Forbidden.class);
            assertThat(service.writeRetrospective(DAVE, KEY, new RetrospectiveInput(Optional.empty(), "", "", "", "",
                    ""), seen)).as("retrospective").isInstanceOf(Outcome.Forbidden.class);
            assertThat(service.verify(DAVE, KEY, new Inputs.VerificationInput(Optional.empty(), ""), seen))
                    .as("verify").isInstanceOf(Outcome.Forbidden.class);
            assertThat(service.reopen(DAVE, KEY, new Inputs.ReopenInput(""), seen))
                    .as("reopen").isInstanceOf(Outcome.Forbidden.class);
        }
        // Those with the right learn the state: locked (400), then a stale version (409).
        assertThat(service.checkIn(BOB, KEY, new CheckInInput(Optional.empty(), "", Optional.empty()), locked))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(service.reopen(CAROL, KEY, new Inputs.ReopenInput("Because"), stale))
                .isInstanceOf(Outcome.Conflict.class);
        assertThat(version()).isEqualTo(locked);
    }

    @Test
    void the_first_write_must_say_version_zero() {
        assertThat(service.setExpectation(ALICE, KEY, expectation("x", "", "2026-03-20"), 3))
                .isInstanceOf(Outcome.Conflict.class);
        assertThat(store.load(1)).isEmpty();
    }

    @Test
    void oversize_text_is_refused_per_field_and_changes_nothing() {
        String tooLong = "x".repeat(Limits.OUTCOME + 1);
        String longGoal = "g".repeat(Limits.GOAL_LINK + 1);

        Outcome<RecordView> outcome = service.setExpectation(ALICE, KEY,
                new ExpectationInput(tooLong, "why", Optional.of(LocalDate.parse("2026-03-20")), longGoal), 0);

        assertThat(fieldErrors(outcome)).containsOnlyKeys("outcome", "goalLink");
        assertThat(fieldErrors(outcome).get("outcome")).contains(String.valueOf(Limits.OUTCOME));
        assertThat(store.load(1)).isEmpty();
    }

    @Test
    void a_nul_character_is_refused_because_no_store_could_keep_it() {
        Outcome<RecordView> outcome = service.setExpectation(ALICE, KEY,
                new ExpectationInput("before\u0000after", "", Optional.of(LocalDate.parse("2026-03-20")), ""), 0);

        assertThat(fieldErrors(outcome)).containsOnlyKeys("outcome");
        assertThat(store.load(1)).isEmpty();
    }

    @Test
    void other_control_characters_are_refused_but_tabs_and_line_breaks_are_kept() {
        Outcome<RecordView> refused = service.setExpectation(ALICE, KEY,
                new ExpectationInput("bell\u0007", "escape\u001b", Optional.of(LocalDate.parse("2026-03-20")), ""), 0);

        assertThat(fieldErrors(refused)).containsOnlyKeys("outcome", "why");
        assertThat(store.load(1)).isEmpty();

        done(service.setExpectation(ALICE, KEY,
                new ExpectationInput("line\none\ttab\r\n", "", Optional.of(LocalDate.parse("2026-03-20")), ""), 0));
        assertThat(store.load(1).orElseThrow().expectation().orElseThrow().outcome()).isEqualTo("line\none\ttab\r\n");
    }

    @Test
    void unicode_noncharacters_are_refused_because_xml_cannot_hold_them() {
        for (String nonCharacter : new String[] {"\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\uD83F\uDFFE",
                "\uDBFF\uDFFF"}) {
            Outcome<RecordView> refused = service.setExpectation(ALICE, KEY, new ExpectationInput(
                    "a" + nonCharacter + "b", "", Optional.of(LocalDate.parse("2026-03-20")), "x" + nonCharacter), 0);

            assertThat(fieldErrors(refused)).as("U+%04X", nonCharacter.codePointAt(0))
                    .containsOnlyKeys("outcome", "goalLink");
            assertThat(fieldErrors(refused).get("outcome")).contains("noncharacter");
        }
        assertThat(store.load(1)).isEmpty();

        done(service.setExpectation(ALICE, KEY, new ExpectationInput("\uFDCF\uFDF0\uFFFD\uD83D\uDE80", "",
                Optional.of(LocalDate.parse("2026-03-20")), ""), 0));
        assertThat(store.load(1).orElseThrow().expectation().orElseThrow().outcome())
                .as("neighbours of the noncharacters are ordinary characters").isEqualTo("\uFDCF\uFDF0\uFFFD\uD83D\uDE80");
    }

    @Test
    void lone_surrogates_are_refused_instead_of_being_stored_as_question_marks() {
        for (String lone : new String[] {"a\uD800b", "a\uDC00b", "end\uD83D", "\uDE80start", "\uDE80\uD83D"}) {
            Outcome<RecordView> refused = service.setExpectation(ALICE, KEY,
                    new ExpectationInput("fine", lone, Optional.of(LocalDate.parse("2026-03-20")), ""), 0);

            assertThat(fieldErrors(refused)).as(lone).containsOnlyKeys("why");
            assertThat(fieldErrors(refused).get("why")).contains("surrogate");
        }
        assertThat(store.load(1)).isEmpty();

        // Characters above U+FFFF whose low 16 bits fall in the surrogate range are ordinary characters.
        String fine = "\uD876\uDC00 \uD836\uDC00 \uD837\uDF00"; // U+2D800 (CJK), U+1D800 (SignWriting), U+1DF00
        done(service.setExpectation(ALICE, KEY, new ExpectationInput("fine", fine,
                Optional.of(LocalDate.parse("2026-03-20")), ""), 0));
        assertThat(store.load(1).orElseThrow().expectation().orElseThrow().why()).isEqualTo(fine);
    }

    @Test
    void limits_count_characters_not_utf16_units() {
        String emoji = "\uD83D\uDE80".repeat(Limits.OUTCOME);

        Outcome<RecordView> outcome = service.setExpectation(ALICE, KEY,
                new ExpectationInput(emoji, "", Optional.of(LocalDate.parse("2026-03-20")), ""), 0);

        assertThat(outcome).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void markup_is_stored_exactly_as_typed() {
        String hostile = "<img src=x onerror=alert(1)> & \"quotes\" 'single'";

        RecordView view = done(service.setExpectation(ALICE, KEY,
                new ExpectationInput(hostile, hostile, Optional.of(LocalDate.parse("2026-03-20")), hostile), 0));

        assertThat(view.record().expectation().orElseThrow().outcome()).isEqualTo(hostile);
    }

    @Test
    void a_rating_outside_one_to_five_is_refused() {
        owned();

        assertThat(service.stateControl(BOB, KEY, new ControlInput("levers", "", Optional.of(6)), version()))
                .isInstanceOfSatisfying(Outcome.Invalid.class,
                        invalid -> assertThat(invalid.fields()).containsOnlyKeys("rating"));
        assertThat(service.stateControl(BOB, KEY, new ControlInput("levers", "", Optional.empty()), version()))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(store.load(1).orElseThrow().control()).isEmpty();
    }

    @Test
    void control_and_check_ins_are_the_owners_or_co_owners() {
        owned();

        assertThat(service.stateControl(CAROL, KEY, new ControlInput("levers", "", Optional.of(3)), version()))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(service.checkIn(CAROL, KEY, new CheckInInput(Optional.of(CheckInStatus.ON_TRACK), "",
                Optional.empty()), version())).isInstanceOf(Outcome.Forbidden.class);

        RecordView control = stateControl(BOB);
        assertThat(control.record().control()).get().satisfies(c -> assertThat(c.rating()).isEqualTo(4));
        RecordView checkIn = checkIn(BOB, CheckInStatus.AT_RISK);
        assertThat(checkIn.record().latestCheckin()).get()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckInStatus.AT_RISK));
    }

    @Test
    void a_retrospective_needs_a_result_and_evidence() {
        owned();

        Outcome<RecordView> outcome = service.writeRetrospective(BOB, KEY,
                new RetrospectiveInput(Optional.empty(), "", "", "", "", ""), version());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("result", "evidence"));
    }

    @Test
    void anonymous_callers_may_not_write() {
        assertThat(service.setExpectation(com.allinaccountability.core.port.Caller.anonymous(), KEY,
                expectation("x", "", "2026-03-20"), 0)).isInstanceOf(Outcome.NotSignedIn.class);
    }
}
