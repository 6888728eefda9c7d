package com.allinaccountability.sandbox.digest;

import com.allinaccountability.sandbox.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

/** A received digest mail, taken apart for assertions; and the REST calls digest tests make. */
public record Mails(String to, String subject, String contentType, String textType, String text, String htmlType,
        String html) {

    static final ObjectMapper JSON = new ObjectMapper();
    public static final String API = "/rest/accountability/1.0";

    public static Mails of(MimeMessage message) throws MessagingException, IOException {
        String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        MimeMultipart parts = (MimeMultipart) message.getContent();
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(parts.getCount() - 1);
        return new Mails(to, message.getSubject(), message.getContentType(), text.getContentType(),
                (String) text.getContent(), html.getContentType(), (String) html.getContent());
    }

    /** {@code POST /digests/run} as {@code user}; the answer's JSON (status asserted by the caller). */
    public static HttpResponse<String> run(WebClient client, String user) throws Exception {
        return client.postJson(API + "/digests/run", "{}", WebClient.restWrite(user));
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Sets an expectation on {@code issueKey} as {@code user} (version 0: the record's first write). */
    public static HttpResponse<String> expect(WebClient client, String user, String issueKey, String outcome)
            throws Exception {
        return client.json("PUT", API + "/issues/" + issueKey + "/expectation", JSON.writeValueAsString(Map.of(
                "outcome", outcome, "why", "Digests must say it.", "targetDate", "2030-06-30", "goalLink", "",
                "version", 0)), WebClient.restWrite(user));
    }

    /** The total of what waits for {@code user} ({@code GET /myself/actions}). */
    public static int waitingTotal(WebClient client, String user) throws Exception {
        HttpResponse<String> response = client.get(API + "/myself/actions", WebClient.basic(user, user));
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return json(response).get("total").asInt();
    }

    /** Sets {@code user}'s digest frequency. */
    public static void prefer(WebClient client, String user, String frequency) throws Exception {
        HttpResponse<String> response = client.json("PUT", API + "/myself/preferences",
                "{\"digest\":\"" + frequency + "\"}", WebClient.restWrite(user));
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
    }
}
