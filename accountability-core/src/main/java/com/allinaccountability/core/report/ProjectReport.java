package com.allinaccountability.core.report;

import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How accountability is going in a project over a period, counting only issues the viewer may browse.
 *
 * @param period which project and period, and when the report was made
 * @param funnel how many issues were counted, where they stand and which steps they carry
 * @param rates how far the commitments went through each step, and how many concerns are open
 * @param results the results of the resolved issues' retrospectives
 * @param checkins the latest check-ins of issues under way
 * @param health how many issues carry each health flag
 * @param owners each owner's commitments
 * @param lessons the retrospectives' lessons, newest first, at most {@link ReportService#LESSONS}
 * @param trend the period week by week
 */
public record ProjectReport(
        Period period,
        Funnel funnel,
        Rates rates,
        Map<RetrospectiveResult, Integer> results,
        CheckInHealth checkins,
        Map<HealthFlag, Integer> health,
        List<OwnerRow> owners,
        List<Lesson> lessons,
        List<Week> trend) {

    public ProjectReport {
        results = ordered(results);
        health = ordered(health);
        owners = List.copyOf(owners);
        lessons = List.copyOf(lessons);
        trend = List.copyOf(trend);
    }

    /** Which project and period the report covers, and when it was made. */
    public record Period(String projectKey, LocalDate from, LocalDate to, Instant generatedAt) {}

    /**
     * The funnel: how many issues were counted, and how far they got.
     *
     * @param issues issues whose commitment was alive in the period (expectation set by its end, not resolved before
     *     its start)
     * @param stages how many of those issues stand at each stage now
     * @param steps how many of those issues carry each step
     */
    public record Funnel(int issues, Map<Stage, Integer> stages, Steps steps) {
        public Funnel {
            stages = ordered(stages);
        }
    }

    /**
     * How far the commitments went.
     *
     * @param openConcerns issues flagged {@link HealthFlag#CONCERNS_OPEN}
     * @param retrospectives resolved issues that have a retrospective
     * @param verification retrospectives that are verified
     * @param onTime resolved issues delivered by the date the owner agreed to
     * @param onTimeAgainstDueDate the same issues measured against Jira's due date, for comparison
     */
    public record Rates(
            Rate alignment, int openConcerns, Rate ownership, Rate ownerIsAssignee, Rate retrospectives,
            Rate verification, Rate onTime, Rate onTimeAgainstDueDate) {}

    /** An unmodifiable copy in the enum's order, so the report reads (and serializes) the same every time. */
    static <E extends Enum<E>> Map<E, Integer> ordered(Map<E, Integer> counts) {
        return counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** How many issues carry each of the five steps. */
    public record Steps(
            int expectation, int why, int ownerAligned, int control, int ownership, int retrospective,
            int verified) {}

    /** The latest check-in of each issue under way, and the flags that say self-reports and dates disagree. */
    public record CheckInHealth(
            Map<CheckInStatus, Integer> latest, int withoutCheckin, int stale, int statusContradictsDates) {
        public CheckInHealth {
            latest = ordered(latest);
        }
    }

    /** One owner's commitments in the period. */
    public record OwnerRow(String owner, int commitments, int resolved, Rate onTime, Map<RetrospectiveResult,
            Integer> results) {
        public OwnerRow {
            results = ordered(results);
        }
    }

    /** A lesson from a retrospective, with the issue it came from. */
    public record Lesson(String issueKey, String author, Instant at, RetrospectiveResult result, String text) {}

    /** What happened in one week (Monday to Sunday) of the period. */
    public record Week(
            LocalDate weekStart, int expectationsSet, int retrospectivesWritten, int verified, int resolved,
            int resolvedOnTime) {}
}
