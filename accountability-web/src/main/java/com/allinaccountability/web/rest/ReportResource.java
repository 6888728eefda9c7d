package com.allinaccountability.web.rest;

import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.ReportService;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.web.json.ErrorCollection;
import com.allinaccountability.web.json.Parse;
import com.allinaccountability.web.report.ReportJson;
import com.allinaccountability.web.report.ReportViews;
import com.allinaccountability.web.view.Messages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code /reports/projects/{projectKey}?from=&to=}: the project's accountability report, counting only issues the
 * caller may browse. JSON by default; HTML for {@code Accept: text/html} (or {@code format=html}); Confluence storage
 * format for {@code format=storage}.
 */
@Path("/reports")
public final class ReportResource {
    /** The media type of Confluence storage format: an XHTML fragment with {@code ac:} elements. */
    public static final String STORAGE_FORMAT = "application/xhtml+xml";

    private final ReportService reports;
    private final ReportViews views;
    private final ZoneId zone;

    public ReportResource(ReportService reports, ReportViews views, ZoneId zone) {
        this.reports = reports;
        this.views = views;
        this.zone = zone;
    }

    @GET
    @Path("/projects/{projectKey}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, STORAGE_FORMAT})
    public Response report(
            @PathParam("projectKey") String projectKey,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        Parse parse = new Parse();
        Optional<LocalDate> start = parse.date("from", from);
        Optional<LocalDate> end = parse.date("to", to);
        Optional<Format> wanted = Format.of(format, headers);
        if (wanted.isEmpty()) {
            parse.violations().field("format", "Use json, html or storage.");
        }
        if (parse.failed()) {
            return Responses.invalid(parse.violations());
        }
        Outcome<ProjectReport> outcome = reports.report(Callers.of(security), projectKey, start, end);
        if (!(outcome instanceof Outcome.Done<ProjectReport> done)) {
            return Responses.refusal(outcome);
        }
        Messages messages = new Messages(locale(headers));
        return switch (wanted.get()) {
            // Per-viewer content (trimmed to what they may browse): no cache may keep it, as for every answer.
            case JSON -> Responses.ok(ReportJson.write(done.value())).build();
            case HTML -> Responses.ok(views.html(done.value(), messages, zone))
                    .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
            case STORAGE -> Responses.ok(views.storage(done.value(), messages, zone))
                    .type(STORAGE_FORMAT + ";charset=UTF-8").build();
        };
    }

    /** The viewer's first language; English when there is none, or when the header cannot be read. */
    private static java.util.Locale locale(HttpHeaders headers) {
        try {
            List<java.util.Locale> languages = headers.getAcceptableLanguages();
            return languages.isEmpty() ? java.util.Locale.ENGLISH : languages.get(0);
        } catch (RuntimeException unreadable) {
            return java.util.Locale.ENGLISH;
        }
    }

    private enum Format {
        JSON, HTML, STORAGE;

        static Optional<Format> of(String format, HttpHeaders headers) {
            if (format != null && !format.isBlank()) {
                return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "json" -> Optional.of(JSON);
                    case "html" -> Optional.of(HTML);
                    case "storage" -> Optional.of(STORAGE);
                    default -> Optional.empty();
                };
            }
            for (MediaType type : headers.getAcceptableMediaTypes()) {
                if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                    return Optional.of(JSON);
                }
                if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                    return Optional.of(HTML);
                }
            }
            return Optional.of(JSON);
        }
    }
}
