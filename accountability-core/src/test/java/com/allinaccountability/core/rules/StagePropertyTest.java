package com.allinaccountability.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.fixtures.MutableClock;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.Inputs;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.RecordView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever sequence of operations users attempt, in any order and by anyone, the derived stage never
 * contradicts the record, refused writes change nothing, and the version counts the accepted writes.
 *
 * <p>Each case is a random walk from a fixed seed, so a failure names the seed and the operations that led to it and
 * replays exactly, alone. A separate test walks every seed and checks that together they reach every stage: the
 * property is only worth something if the walks get that far.
 */
class StagePropertyTest {
    private static final String[] USERS = {"alice", "bob", "carol", "dave", "erin"};
    private static final int CASES = 300;
    private static final int STEPS = 40;

    static LongStream seeds() {
        return LongStream.range(0, CASES).map(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_stage_never_contradicts_the_record(long seed) {
        walk(seed);
    }

    /** The walks reach every stage somewhere; otherwise the generator needs work. */
    @Test
    void the_walks_reach_every_stage() {
        Set<Stage> reached = EnumSet.noneOf(Stage.class);
        seeds().forEach(seed -> reached.addAll(walk(seed)));
        assertThat(reached).containsExactlyInAnyOrder(Stage.values());
    }

    /** One walk of {@link #STEPS} operations from {@code seed}, checking after each; the stages it passed through. */
    private static Set<Stage> walk(long seed) {
        Set<Stage> reached = EnumSet.noneOf(Stage.class);
        Random random = new Random(seed);
        MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
        InMemoryRecordStore store = new InMemoryRecordStore();
        FakeHost host = new FakeHost().admin(Fixtures.PROJECT_ID, "alice").editor(Fixtures.PROJECT_ID, "bob", "carol")
                .browser(Fixtures.PROJECT_ID, "dave");
        IssueFacts issue = Fixtures.anIssue(1, "bob", "carol");
        host.issue(issue);
        AccountabilityService service = new AccountabilityService(store, host, host, clock);
        List<String> log = new ArrayList<>();
        long accepted = 0;

        for (int step = 0; step < STEPS; step++) {
            Caller caller = Caller.of(USERS[random.nextInt(USERS.length)]);
            AccountabilityRecord before = store.load(1).orElse(AccountabilityRecord.empty(1, Fixtures.PROJECT_ID));
            long version = random.nextInt(10) == 0 ? before.version() + 1 : before.version();
            int operation = random.nextInt(11);
            Outcome<RecordView> outcome = apply(service, random, caller, operation, before, version, host, issue);
            log.add(caller.user().orElseThrow() + " op" + operation + " v" + version + " -> "
                    + outcome.getClass().getSimpleName());
            String context = "seed " + seed + ": " + String.join(", ", log);

            AccountabilityRecord after = store.load(1).orElse(AccountabilityRecord.empty(1, Fixtures.PROJECT_ID));
            if (outcome instanceof Outcome.Done<RecordView> done) {
                accepted++;
                assertThat(done.value().record()).as(context).isEqualTo(after);
            } else {
                assertThat(after).as("refused writes change nothing; " + context).isEqualTo(before);
            }
            assertThat(after.version()).as(context).isEqualTo(accepted);
            assertConsistent(after, host.byKey("ACC-1").orElseThrow(), context);
            reached.add(Assessor.stage(after, host.byKey("ACC-1").orElseThrow()));
            clock.advance(Duration.ofHours(random.nextInt(72)));
        }
        return reached;
    }

    private static void assertConsistent(AccountabilityRecord record, IssueFacts facts, String context) {
        Stage stage = Assessor.stage(record, facts);
        boolean aligned = Assessor.ownerAligned(record, facts);
        switch (stage) {
            case NONE -> assertThat(record.expectation()).as(context).isEmpty();
            case EXPECTATION_SET -> assertThat(record.expectation().isPresent() && !aligned
                    && record.retrospective().isEmpty()).as(context).isTrue();
            case ALIGNED -> assertThat(aligned && record.owner().isEmpty() && record.retrospective().isEmpty())
                    .as(context).isTrue();
            case OWNED -> assertThat(aligned && record.owner().isPresent() && record.retrospective().isEmpty())
                    .as(context).isTrue();
            case RETROSPECTIVE_WRITTEN -> assertThat(record.retrospective().isPresent()
                    && record.verification().isEmpty()).as(context).isTrue();
            case VERIFIED -> assertThat(record.verification().isPresent() && record.retrospective().isPresent())
                    .as(context).isTrue();
        }
        assertThat(record.locked()).as(context).isEqualTo(stage == Stage.VERIFIED);
        assertThat(record.ownership().stream().filter(d -> d.isActive() && d.role() == OwnershipRole.OWNER).count())
                .as("at most one active owner; " + context).isLessThanOrEqualTo(1);
        assertThat(record.alignments().stream().map(a -> a.user()).distinct().count())
                .as("one alignment per participant; " + context).isEqualTo(record.alignments().size());
        assertThat(record.alignments()).as(context).allSatisfy(a -> assertThat(a.revision())
                .isBetween(1, record.currentRevision()));
        record.retrospective().ifPresent(r -> assertThat(record.revision(r.judgedRevision())).as(context)
                .isPresent());
        record.verification().ifPresent(v -> assertThat(record.owner()).as("the owner never verifies; " + context)
                .isNotEqualTo(Optional.of(v.verifier())));
        var health = new Assessor(java.time.ZoneOffset.UTC).assess(record, facts, 7, Instant.EPOCH).health();
        if (record.expectation().isEmpty()) {
            assertThat(health).as(context).isEmpty();
        }
        assertThat(health.contains(HealthFlag.AWAITING_VERIFICATION)).as(context)
                .isEqualTo(stage == Stage.RETROSPECTIVE_WRITTEN);
    }

    private static Outcome<RecordView> apply(AccountabilityService service, Random random, Caller caller,
            int operation, AccountabilityRecord before, long version, FakeHost host, IssueFacts issue) {
        String key = "ACC-1";
        LocalDate date = LocalDate.parse("2026-03-10").plusDays(random.nextInt(30));
        String text = random.nextBoolean() ? "text " + random.nextInt(3) : "";
        int revision = Math.max(0, before.currentRevision() - (random.nextInt(5) == 0 ? 1 : 0));
        return switch (operation) {
            case 0 -> service.setExpectation(caller, key,
                    new Inputs.ExpectationInput("outcome " + random.nextInt(3), text, Optional.of(date), ""), version);
            case 1 -> service.align(caller, key, new Inputs.AlignmentInput(Optional.of(
                    random.nextBoolean() ? AlignmentState.ALIGNED : AlignmentState.CONCERNS), text,
                    random.nextBoolean() ? Optional.of(date) : Optional.empty(), revision), version);
            case 2 -> service.declareOwnership(caller, key, new Inputs.OwnershipInput(
                    Optional.of(OwnershipRole.values()[random.nextInt(3)]), "ours"), version);
            case 3 -> service.withdrawOwnership(caller, key, new Inputs.WithdrawalInput(
                    Optional.of(OwnershipRole.values()[random.nextInt(3)]), text), version);
            case 4 -> service.stateControl(caller, key,
                    new Inputs.ControlInput("levers", text, Optional.of(random.nextInt(7))), version);
            case 5 -> service.checkIn(caller, key, new Inputs.CheckInInput(
                    Optional.of(CheckInStatus.values()[random.nextInt(3)]), text, Optional.of(date)), version);
            case 6 -> service.writeRetrospective(caller, key, new Inputs.RetrospectiveInput(
                    Optional.of(RetrospectiveResult.values()[random.nextInt(4)]), text, "", "", "", ""), version);
            case 7 -> service.verify(caller, key,
                    new Inputs.VerificationInput(Optional.of(random.nextBoolean()), text), version);
            case 8 -> service.reopen(caller, key, new Inputs.ReopenInput(text), version);
            case 9 -> {
                host.issue(random.nextBoolean()
                        ? Fixtures.assignedTo(host.byKey(key).orElseThrow(), USERS[random.nextInt(USERS.length)])
                        : Fixtures.resolved(host.byKey(key).orElseThrow(), Instant.parse("2026-03-15T10:00:00Z")));
                yield service.view(caller, key).then(v -> new Outcome.Forbidden<>("host change, not a write"));
            }
            default -> {
                host.issue(Fixtures.inStatus(issue, "In Progress", StatusCategory.INDETERMINATE));
                yield new Outcome.Forbidden<>("host change, not a write");
            }
        };
    }
}
