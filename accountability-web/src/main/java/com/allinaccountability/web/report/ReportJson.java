package com.allinaccountability.web.report;

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

/**
 * The report as JSON: the core's {@link ProjectReport} field for field (dates {@code yyyy-MM-dd}, instants ISO), each
 * rate with its {@code count}, {@code of} and {@code percent} (-1 when there is nothing to measure). The Confluence
 * macro reads it back; reading ignores fields it does not know, so a newer Jira app can add fields.
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
            return WRITER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report of " + report.projectKey(), e);
        }
    }

    /** Reads a report Jira answered; throws {@link IllegalArgumentException} naming what is wrong. */
    public static ProjectReport read(String json) {
        try {
            return READER.readValue(json, ProjectReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an accountability report: " + e.getOriginalMessage(), e);
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
