package com.allinaccountability.sandbox.mail;

import com.allinaccountability.sandbox.db.Jdbc;
import com.allinaccountability.web.digest.MailTransport;
import com.allinaccountability.web.digest.RenderedMail;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Where mail goes when the sandbox has no SMTP server ({@code SBX_OUTBOX}): each mail is a row, committed before
 * {@link #send} returns, so a digest counted as sent survives a crash and every node of a cluster sees the same outbox.
 * Administrators read it at {@code /jira/outbox}.
 */
public final class Outbox implements MailTransport {
    private static final String COLUMNS = "ID, TO_ADDRESS, TO_NAME, SUBJECT, TEXT_BODY, HTML_BODY, STORED_AT";

    private final Jdbc jdbc;
    private final Clock clock;

    public Outbox(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(RenderedMail mail) {
        jdbc.update("INSERT INTO SBX_OUTBOX (TO_ADDRESS, TO_NAME, SUBJECT, TEXT_BODY, HTML_BODY, STORED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?)", mail.toAddress(), mail.toName(), mail.subject(), mail.text(),
                mail.html(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** The newest mails first, from {@code startAt}. */
    public List<StoredMail> newest(int startAt, int maxResults) {
        return jdbc.query("SELECT " + COLUMNS + " FROM SBX_OUTBOX ORDER BY ID DESC LIMIT ? OFFSET ?", Outbox::map,
                maxResults, startAt);
    }

    public int count() {
        return jdbc.queryOne("SELECT COUNT(*) FROM SBX_OUTBOX", row -> row.getInt(1)).orElse(0);
    }

    public Optional<StoredMail> byId(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM SBX_OUTBOX WHERE ID = ?", Outbox::map, id);
    }

    private static StoredMail map(java.sql.ResultSet row) throws java.sql.SQLException {
        return new StoredMail(row.getLong(1), new RenderedMail(row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6)), row.getObject(7, OffsetDateTime.class).toInstant());
    }

    /** A mail in the outbox. */
    public record StoredMail(long id, RenderedMail mail, Instant storedAt) {}
}
