package com.allinaccountability.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded about the social accountability of one issue: the five steps and the check-ins. Immutable; the
 * service derives a new record for every change and the store saves it only if {@link #version()} is still current.
 *
 * @param version 0 before the record is first stored, then incremented by every saved change
 * @param revisions every expectation revision, oldest first; the last one is current
 * @param alignments each participant's latest alignment
 * @param ownership every declaration in the order made, withdrawn ones included
 * @param checkins every check-in, oldest first
 */
public record AccountabilityRecord(
        long issueId,
        long projectId,
        long version,
        List<Expectation> revisions,
        List<Alignment> alignments,
        Optional<Control> control,
        List<OwnershipDeclaration> ownership,
        Optional<Retrospective> retrospective,
        Optional<Verification> verification,
        List<CheckIn> checkins) {

    public AccountabilityRecord {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(retrospective, "retrospective");
        Objects.requireNonNull(verification, "verification");
        revisions = List.copyOf(revisions);
        alignments = List.copyOf(alignments);
        ownership = List.copyOf(ownership);
        checkins = List.copyOf(checkins);
    }

    /** The record of an issue nobody has touched yet. */
    public static AccountabilityRecord empty(long issueId, long projectId) {
        return new AccountabilityRecord(issueId, projectId, 0, List.of(), List.of(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of());
    }

    public Optional<Expectation> expectation() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    public int currentRevision() {
        return expectation().map(Expectation::revision).orElse(0);
    }

    public Optional<Expectation> revision(int number) {
        return revisions.stream().filter(e -> e.revision() == number).findFirst();
    }

    /** Verification locks the record; only a reopen (with a reason) unlocks it. */
    public boolean locked() {
        return verification.isPresent();
    }

    public Optional<Alignment> alignmentOf(UserKey user) {
        return alignments.stream().filter(a -> a.user().equals(user)).findFirst();
    }

    /** The user's alignment if it was given for the current revision; otherwise the user is pending. */
    public Optional<Alignment> currentAlignmentOf(UserKey user) {
        return alignmentOf(user).filter(a -> a.isFor(currentRevision()));
    }

    public List<OwnershipDeclaration> activeDeclarations() {
        return ownership.stream().filter(OwnershipDeclaration::isActive).toList();
    }

    public Optional<OwnershipDeclaration> activeDeclarationOf(UserKey user) {
        return ownership.stream().filter(d -> d.isActive() && d.user().equals(user)).findFirst();
    }

    public Optional<UserKey> activeHolderOf(OwnershipRole role) {
        return ownership.stream().filter(d -> d.isActive() && d.role() == role).map(OwnershipDeclaration::user)
                .findFirst();
    }

    public Optional<UserKey> owner() {
        return activeHolderOf(OwnershipRole.OWNER);
    }

    /** The active owner or an active co-owner: the people who state control, check in and write the retrospective. */
    public boolean isOwnerOrCoOwner(UserKey user) {
        return activeDeclarationOf(user).map(d -> d.role() != OwnershipRole.SPONSOR).orElse(false);
    }

    /**
     * Whether the user was the owner or a co-owner at any moment since the expectation revision the retrospective is
     * judged against was set (the current revision when there is no retrospective): a declaration still active, or
     * one withdrawn at or after that moment. Such a person may never verify, even after withdrawing.
     */
    public boolean heldOwnerRoleSinceJudgedRevision(UserKey user) {
        int judged = retrospective.map(Retrospective::judgedRevision).orElse(currentRevision());
        Optional<Instant> since = revisions.stream().filter(e -> e.revision() == judged).map(Expectation::setAt)
                .findFirst();
        return ownership.stream()
                .filter(d -> d.user().equals(user) && d.role() != OwnershipRole.SPONSOR)
                .anyMatch(d -> d.withdrawnAt().map(w -> since.map(s -> !w.isBefore(s)).orElse(true)).orElse(true));
    }

    /** The most recent check-in: the last one posted (check-ins are kept in the order posted). */
    public Optional<CheckIn> latestCheckin() {
        return checkins.isEmpty() ? Optional.empty() : Optional.of(checkins.get(checkins.size() - 1));
    }

    public AccountabilityRecord withRevisions(List<Expectation> newRevisions) {
        return new AccountabilityRecord(issueId, projectId, version, newRevisions, alignments, control, ownership,
                retrospective, verification, checkins);
    }

    public AccountabilityRecord withAlignments(List<Alignment> newAlignments) {
        return new AccountabilityRecord(issueId, projectId, version, revisions, newAlignments, control, ownership,
                retrospective, verification, checkins);
    }

    public AccountabilityRecord withControl(Control newControl) {
        return new AccountabilityRecord(issueId, projectId, version, revisions, alignments, Optional.of(newControl),
                ownership, retrospective, verification, checkins);
    }

    public AccountabilityRecord withOwnership(List<OwnershipDeclaration> newOwnership) {
        return new AccountabilityRecord(issueId, projectId, version, revisions, alignments, control, newOwnership,
                retrospective, verification, checkins);
    }

    public AccountabilityRecord withRetrospective(Retrospective newRetrospective) {
        return new AccountabilityRecord(issueId, projectId, version, revisions, alignments, control, ownership,
                Optional.of(newRetrospective), verification, checkins);
    }

    public AccountabilityRecord withVerification(Optional<Verification> newVerification) {
        return new AccountabilityRecord(issueId, projectId, version, revisions, alignments, control, ownership,
                retrospective, newVerification, checkins);
    }

    public AccountabilityRecord withCheckins(List<CheckIn> newCheckins) {
        return new AccountabilityRecord(issueId, projectId, version, revisions, alignments, control, ownership,
                retrospective, verification, newCheckins);
    }

    public AccountabilityRecord withVersion(long newVersion) {
        return new AccountabilityRecord(issueId, projectId, newVersion, revisions, alignments, control, ownership,
                retrospective, verification, checkins);
    }
}
