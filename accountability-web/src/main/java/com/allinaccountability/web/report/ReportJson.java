package com.allinaccountability.web.report;

import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.Rate;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON: the core's {@link ProjectReport} with its groups flattened into one object (dates
 * {@code yyyy-MM-dd}, instants ISO), each rate with its {@code count}, {@code of} and {@code percent} (-1 when there is
 * nothing to measure). The Confluence macro reads it back; reading ignores fields it does not know, so a newer Jira app
 * can add fields.
 *
 * <p>The JSON is a public REST contract, older than the groups: {@link Flat} keeps its field names and order, so
 * regrouping the core's record does not change a byte of it.
 */
public final class ReportJson {
    private static final ObjectMapper WRITER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addMixIn(Rate.class, RateJson.class)
            .build();
    private static final ObjectMapper READER = WRITER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReportJson() {}

    public static String write(ProjectReport report) {
        try {
            return WRITER.writeValueAsString(Flat.of(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report of " + report.period().projectKey(), e);
        }
    }

    /** Reads a report Jira answered; throws {@link IllegalArgumentException} naming what is wrong. */
    public static ProjectReport read(String json) {
        Flat flat;
        try {
            flat = READER.readValue(json, Flat.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an accountability report: " + e.getOriginalMessage(), e);
        }
        try {
            return flat.report();
        } catch (NullPointerException | IllegalArgumentException e) {
            // A field the report needs is missing (null), as when Jackson built the flat ProjectReport itself.
            throw new IllegalArgumentException("Not an accountability report: " + e.getMessage(), e);
        }
    }

    /** The report as the JSON has it: every field at the top level, in this order. */
    private record Flat(
            String projectKey,
            LocalDate from,
            LocalDate to,
            Instant generatedAt,
            int issues,
            Map<Stage, Integer> stages,
            ProjectReport.Steps steps,
            Rate alignment,
            int openConcerns,
            Rate ownership,
            Rate ownerIsAssignee,
            Rate retrospectives,
            Rate verification,
            Map<RetrospectiveResult, Integer> results,
            Rate onTime,
            Rate onTimeAgainstDueDate,
            ProjectReport.CheckInHealth checkins,
            Map<HealthFlag, Integer> health,
            List<ProjectReport.OwnerRow> owners,
            List<ProjectReport.Lesson> lessons,
            List<ProjectReport.Week> trend) {

        static Flat of(ProjectReport r) {
            ProjectReport.Period p = r.period();
            ProjectReport.Funnel f = r.funnel();
            ProjectReport.Rates rates = r.rates();
            return new Flat(p.projectKey(), p.from(), p.to(), p.generatedAt(), f.issues(), f.stages(), f.steps(),
                    rates.alignment(), rates.openConcerns(), rates.ownership(), rates.ownerIsAssignee(),
                    rates.retrospectives(), rates.verification(), r.results(), rates.onTime(),
                    rates.onTimeAgainstDueDate(), r.checkins(), r.health(), r.owners(), r.lessons(), r.trend());
        }

        ProjectReport report() {
            return new ProjectReport(new ProjectReport.Period(projectKey, from, to, generatedAt),
                    new ProjectReport.Funnel(issues, stages, steps),
                    new ProjectReport.Rates(alignment, openConcerns, ownership, ownerIsAssignee, retrospectives,
                            verification, onTime, onTimeAgainstDueDate),
                    results, checkins, health, owners, lessons, trend);
        }
    }

    /** Adds the percentage to a rate's JSON. */
    abstract static class RateJson {
        @JsonProperty("percent")
        abstract int percent();

        @JsonIgnore
        abstract boolean measurable();
    }
}
