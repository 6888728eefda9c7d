package com.allinaccountability.web.view;

import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.fixtures.MutableClock;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.Inputs;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.RecordView;
import com.allinaccountability.web.velocity.Views;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Records for the template tests, written through the real service over the core's fakes: ed (editor) sets the
 * expectation, bob (assignee) owns it, carol co-owns, dave only browses, alice administers the project.
 */
final class PanelScenario {
    static final String ISSUE = "ACC-1";
    final MutableClock clock = MutableClock.at("2026-02-02T10:00:00Z");
    final InMemoryRecordStore store = new InMemoryRecordStore();
    final FakeHost host = new FakeHost()
            .issue(Fixtures.anIssue(1, "bob", "rita"))
            .admin(Fixtures.PROJECT_ID, "alice")
            .editor(Fixtures.PROJECT_ID, "ed")
            .browser(Fixtures.PROJECT_ID, "bob", "carol", "dave", "rita");
    final AccountabilityService service = new AccountabilityService(store, host, host, clock);
    final Messages messages = Messages.english();
    final Views views = new Views();

    /** Every step done with {@code text} in every free-text field; the record is left unverified. */
    PanelScenario everyStep(String text) {
        done(service.setExpectation(as("ed"), ISSUE, new Inputs.ExpectationInput(text, text,
                Optional.of(Fixtures.date("2026-03-31")), text), 0));
        done(service.setExpectation(as("ed"), ISSUE, new Inputs.ExpectationInput(text + " v2", text,
                Optional.of(Fixtures.date("2026-04-30")), text), version()));
        done(service.align(as("bob"), ISSUE, new Inputs.AlignmentInput(Optional.of(AlignmentState.ALIGNED), text,
                Optional.of(Fixtures.date("2026-05-01")), 2), version()));
        done(service.align(as("dave"), ISSUE, new Inputs.AlignmentInput(Optional.of(AlignmentState.CONCERNS), text,
                Optional.empty(), 2), version()));
        done(service.declareOwnership(as("bob"), ISSUE, new Inputs.OwnershipInput(Optional.of(OwnershipRole.OWNER),
                text), version()));
        done(service.declareOwnership(as("carol"), ISSUE,
                new Inputs.OwnershipInput(Optional.of(OwnershipRole.CO_OWNER), text), version()));
        done(service.declareOwnership(as("dave"), ISSUE,
                new Inputs.OwnershipInput(Optional.of(OwnershipRole.SPONSOR), text), version()));
        done(service.withdrawOwnership(as("dave"), ISSUE,
                new Inputs.WithdrawalInput(Optional.of(OwnershipRole.SPONSOR), text), version()));
        done(service.stateControl(as("bob"), ISSUE, new Inputs.ControlInput(text, text, Optional.of(4)), version()));
        done(service.checkIn(as("bob"), ISSUE, new Inputs.CheckInInput(Optional.of(CheckInStatus.ON_TRACK), text,
                Optional.empty()), version()));
        clock.advance(Duration.ofDays(1));
        done(service.checkIn(as("carol"), ISSUE, new Inputs.CheckInInput(Optional.of(CheckInStatus.AT_RISK), text,
                Optional.of(Fixtures.date("2026-05-03"))), version()));
        done(service.writeRetrospective(as("bob"), ISSUE,
                new Inputs.RetrospectiveInput(Optional.of(RetrospectiveResult.MET),
                text, text, text, text, text), version()));
        return this;
    }

    PanelScenario verified(String note) {
        done(service.verify(as("ed"), ISSUE, new Inputs.VerificationInput(Optional.of(true), note), version()));
        return this;
    }

    String panel(String user) {
        Caller caller = user == null ? Caller.anonymous() : as(user);
        RecordView view = done(service.view(caller, ISSUE));
        return views.panel(new PanelModel(view, caller, "/jira/rest/accountability/1.0", messages, ZoneOffset.UTC),
                messages);
    }

    long version() {
        return store.load(1).map(r -> r.version()).orElse(0L);
    }

    static Caller as(String user) {
        return Caller.of(user);
    }

    static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new AssertionError("Step refused: " + outcome);
    }
}
