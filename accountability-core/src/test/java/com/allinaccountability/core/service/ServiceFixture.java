package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.fixtures.MutableClock;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Inputs.AlignmentInput;
import com.allinaccountability.core.service.Inputs.CheckInInput;
import com.allinaccountability.core.service.Inputs.ControlInput;
import com.allinaccountability.core.service.Inputs.ExpectationInput;
import com.allinaccountability.core.service.Inputs.OwnershipInput;
import com.allinaccountability.core.service.Inputs.RetrospectiveInput;
import com.allinaccountability.core.service.Inputs.VerificationInput;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A small world for service scenarios: project ACC where alice is the lead and admin, bob and carol develop, dave
 * only browses and erin sees nothing; issue ACC-1 is assigned to bob and reported by carol.
 */
class ServiceFixture {
    static final Caller ALICE = Caller.of("alice");
    static final Caller BOB = Caller.of("bob");
    static final Caller CAROL = Caller.of("carol");
    static final Caller DAVE = Caller.of("dave");
    static final Caller ERIN = Caller.of("erin");
    static final String KEY = "ACC-1";

    final MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
    final InMemoryRecordStore store = new InMemoryRecordStore();
    final FakeHost host = new FakeHost()
            .admin(Fixtures.PROJECT_ID, "alice")
            .editor(Fixtures.PROJECT_ID, "bob", "carol")
            .browser(Fixtures.PROJECT_ID, "dave");
    final AccountabilityService service = new AccountabilityService(store, host, host, clock);
    final GateService gates = new GateService(store, host, host);
    final PolicyService policies = new PolicyService(store, host, host);

    ServiceFixture() {
        host.issue(Fixtures.anIssue(1, "bob", "carol"));
    }

    IssueFacts issue() {
        return host.byKey(KEY).orElseThrow();
    }

    long version() {
        return store.load(1).map(r -> r.version()).orElse(0L);
    }

    int revision() {
        return store.load(1).map(r -> r.currentRevision()).orElse(0);
    }

    static ExpectationInput expectation(String outcome, String why, String targetDate) {
        return new ExpectationInput(outcome, why, Optional.of(LocalDate.parse(targetDate)), "EPIC-1");
    }

    static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

    /** The per-field messages of an {@link Outcome.Invalid}; fails if the outcome is anything else. */
    static java.util.Map<String, String> fieldErrors(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        return ((Outcome.Invalid<?>) outcome).fields();
    }

    RecordView setExpectation(Caller who) {
        return done(service.setExpectation(who, KEY,
                expectation("Checkout p95 under 300 ms", "Customers abandon slow carts", "2026-03-20"), version()));
    }

    RecordView align(Caller who) {
        return done(service.align(who, KEY,
                new AlignmentInput(Optional.of(AlignmentState.ALIGNED), "", Optional.empty(), revision()),
                version()));
    }

    RecordView declare(Caller who, OwnershipRole role) {
        return done(service.declareOwnership(who, KEY, new OwnershipInput(Optional.of(role), "We ship it together"),
                version()));
    }

    RecordView stateControl(Caller who) {
        return done(service.stateControl(who, KEY,
                new ControlInput("Query plans and caching", "A DBA for a day", Optional.of(4)), version()));
    }

    RecordView checkIn(Caller who, CheckInStatus status) {
        return done(service.checkIn(who, KEY, new CheckInInput(Optional.of(status), "progress", Optional.empty()),
                version()));
    }

    RecordView writeRetrospective(Caller who) {
        return done(service.writeRetrospective(who, KEY, new RetrospectiveInput(Optional.of(RetrospectiveResult.MET),
                "Dashboard shows 280 ms", "Pairing", "Earlier load tests", "Measure first", "Cache warmup"),
                version()));
    }

    RecordView verify(Caller who) {
        return done(service.verify(who, KEY, new VerificationInput(Optional.of(true), "Confirmed"), version()));
    }

    /** Expectation by carol (reporter), bob aligns and declares himself owner. */
    RecordView owned() {
        setExpectation(CAROL);
        align(BOB);
        return declare(BOB, OwnershipRole.OWNER);
    }
}
