package com.allinaccountability.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.Rate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report JSON is a public REST contract, and the Confluence macro reads it back: it must not drift. */
class ReportJsonTest {
    /** Written by the code before ProjectReport's components were grouped; must stay byte for byte the same. */
    private static final String PINNED = "{\"projectKey\":\"ACC\",\"from\":\"2026-03-01\",\"to\":\"2026-03-31\","
            + "\"generatedAt\":\"2026-03-31T12:34:56.789Z\",\"issues\":40,\"stages\":{\"NONE\":1,"
            + "\"EXPECTATION_SET\":2,\"ALIGNED\":3,\"OWNED\":4,\"RETROSPECTIVE_WRITTEN\":5,"
            + "\"VERIFIED\":6},\"steps\":{\"expectation\":40,\"why\":39,\"ownerAligned\":38,"
            + "\"control\":37,\"ownership\":36,\"retrospective\":35,\"verified\":34},"
            + "\"alignment\":{\"count\":1,\"of\":40,\"percent\":3},\"openConcerns\":7,"
            + "\"ownership\":{\"count\":2,\"of\":40,\"percent\":5},\"ownerIsAssignee\":{\"count\":3,"
            + "\"of\":41,\"percent\":7},\"retrospectives\":{\"count\":4,\"of\":42,\"percent\":10},"
            + "\"verification\":{\"count\":5,\"of\":43,\"percent\":12},\"results\":{\"EXCEEDED\":7,"
            + "\"MET\":8,\"PARTIALLY_MET\":9,\"NOT_MET\":10},\"onTime\":{\"count\":6,\"of\":44,"
            + "\"percent\":14},\"onTimeAgainstDueDate\":{\"count\":0,\"of\":0,\"percent\":-1},"
            + "\"checkins\":{\"latest\":{\"ON_TRACK\":11,\"AT_RISK\":12,\"OFF_TRACK\":13},"
            + "\"withoutCheckin\":8,\"stale\":9,\"statusContradictsDates\":10},"
            + "\"health\":{\"WHY_MISSING\":14,\"ALIGNMENT_PENDING\":15,\"CONCERNS_OPEN\":16,"
            + "\"NO_OWNER\":17,\"OWNER_NOT_ASSIGNEE\":18,\"OVERDUE\":19,\"RETRO_MISSING\":20,"
            + "\"AWAITING_VERIFICATION\":21,\"STALE_CHECKIN\":22,\"STATUS_CONTRADICTS_DATES\":23},"
            + "\"owners\":[{\"owner\":\"alice\",\"commitments\":12,\"resolved\":11,"
            + "\"onTime\":{\"count\":7,\"of\":11,\"percent\":64},\"results\":{\"EXCEEDED\":4,"
            + "\"NOT_MET\":7}},{\"owner\":\"bob\",\"commitments\":3,\"resolved\":0,"
            + "\"onTime\":{\"count\":0,\"of\":0,\"percent\":-1},\"results\":{}}],"
            + "\"lessons\":[{\"issueKey\":\"ACC-2\",\"author\":\"alice\","
            + "\"at\":\"2026-03-20T09:00:00Z\",\"result\":\"NOT_MET\","
            + "\"text\":\"Say \\\"no\\\" early & <often>\u00e9\"},{\"issueKey\":\"ACC-1\","
            + "\"author\":\"bob\",\"at\":\"2026-03-10T09:00:00Z\",\"result\":\"EXCEEDED\","
            + "\"text\":\"Line one\\nline two\"}],\"trend\":[{\"weekStart\":\"2026-02-23\","
            + "\"expectationsSet\":1,\"retrospectivesWritten\":2,\"verified\":3,\"resolved\":4,"
            + "\"resolvedOnTime\":5},{\"weekStart\":\"2026-03-02\",\"expectationsSet\":6,"
            + "\"retrospectivesWritten\":7,\"verified\":8,\"resolved\":9,\"resolvedOnTime\":10}]}";

    @Test
    void a_fully_populated_report_writes_the_pinned_json() {
        assertThat(ReportJson.write(report())).isEqualTo(PINNED);
    }

    @Test
    void what_is_written_reads_back_equal() {
        ProjectReport report = report();

        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
        assertThat(ReportJson.read(PINNED)).isEqualTo(report);
    }

    @Test
    void json_that_is_not_a_report_is_refused_as_an_illegal_argument() {
        assertThatThrownBy(() -> ReportJson.read("{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not an accountability report");
        assertThatThrownBy(() -> ReportJson.read("[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not an accountability report");
    }

    /** Every component set, and every rate different, so a field written or read into the wrong place shows. */
    static ProjectReport report() {
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        int n = 1;
        for (Stage stage : Stage.values()) {
            stages.put(stage, n++);
        }
        Map<RetrospectiveResult, Integer> results = new EnumMap<>(RetrospectiveResult.class);
        for (RetrospectiveResult result : RetrospectiveResult.values()) {
            results.put(result, n++);
        }
        Map<CheckInStatus, Integer> latest = new EnumMap<>(CheckInStatus.class);
        for (CheckInStatus status : CheckInStatus.values()) {
            latest.put(status, n++);
        }
        Map<HealthFlag, Integer> health = new EnumMap<>(HealthFlag.class);
        for (HealthFlag flag : HealthFlag.values()) {
            health.put(flag, n++);
        }
        RetrospectiveResult first = RetrospectiveResult.values()[0];
        RetrospectiveResult last = RetrospectiveResult.values()[RetrospectiveResult.values().length - 1];
        return new ProjectReport(
                new ProjectReport.Period("ACC", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                        Instant.parse("2026-03-31T12:34:56.789Z")),
                new ProjectReport.Funnel(40, stages, new ProjectReport.Steps(40, 39, 38, 37, 36, 35, 34)),
                new ProjectReport.Rates(new Rate(1, 40), 7, new Rate(2, 40), new Rate(3, 41), new Rate(4, 42),
                        new Rate(5, 43), new Rate(6, 44), new Rate(0, 0)),
                results, new ProjectReport.CheckInHealth(latest, 8, 9, 10), health,
                List.of(new ProjectReport.OwnerRow("alice", 12, 11, new Rate(7, 11), Map.of(first, 4, last, 7)),
                        new ProjectReport.OwnerRow("bob", 3, 0, new Rate(0, 0), Map.of())),
                List.of(new ProjectReport.Lesson("ACC-2", "alice", Instant.parse("2026-03-20T09:00:00Z"), last,
                                "Say \"no\" early & <often>\u00e9"),
                        new ProjectReport.Lesson("ACC-1", "bob", Instant.parse("2026-03-10T09:00:00Z"), first,
                                "Line one\nline two")),
                List.of(new ProjectReport.Week(LocalDate.parse("2026-02-23"), 1, 2, 3, 4, 5),
                        new ProjectReport.Week(LocalDate.parse("2026-03-02"), 6, 7, 8, 9, 10)));
    }
}
