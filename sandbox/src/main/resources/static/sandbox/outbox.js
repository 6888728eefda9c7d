/*
 * The outbox page's "Send digests now": an administrator's POST to the digest run, same-origin (the XSRF rule of
 * writes), and the run's outcome in an AUI message; the page then reloads to list what was sent.
 */
(function ($, AJS) {
    'use strict';

    function contextPath() {
        return $('meta[name="ajs-context-path"]').attr('content') || '';
    }

    function describe(run) {
        var parts = [];
        $.each(['sent', 'failed', 'alreadySent', 'indexed'], function (i, name) {
            if (run && typeof run[name] === 'number') {
                parts.push(name + ': ' + run[name]);
            }
        });
        return parts.length ? parts.join(', ') : 'The digests ran.';
    }

    $(document).on('click', '#send-digests-now', function (event) {
        event.preventDefault();
        var $button = $(this).prop('disabled', true).attr('aria-busy', 'true');
        var $box = $('#digest-run-messages').empty();
        $.ajax({
            url: contextPath() + '/rest/accountability/1.0/digests/run',
            type: 'POST',
            contentType: 'application/json',
            dataType: 'json',
            data: '{}'
        }).done(function (run) {
            AJS.messages.success($box, { title: 'Digests sent', body: '<p>' + AJS.escapeHtml(describe(run)) + '</p>' });
            window.setTimeout(function () { window.location.reload(); }, 1200);
        }).fail(function (xhr) {
            var message = 'The digest run failed (HTTP ' + xhr.status + ').';
            try {
                var body = JSON.parse(xhr.responseText);
                if ((body.errorMessages || []).length) {
                    message = body.errorMessages.join(' ');
                }
            } catch (ignored) {
                // Not Jira's error collection: keep the generic message.
            }
            AJS.messages.error($box, { title: 'Digests not sent', body: '<p>' + AJS.escapeHtml(message) + '</p>' });
            $button.prop('disabled', false).removeAttr('aria-busy');
        });
    });
}(window.jQuery, window.AJS));
