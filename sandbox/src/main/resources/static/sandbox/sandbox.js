/*
 * The sandbox pages' behaviour, written against AUI (AJS) and jQuery as Jira's own pages are:
 * the light theme of AUI's design tokens, and the issue page's workflow transitions, which go through
 * the same REST endpoint as any client (POST /rest/api/2/issue/{key}/transitions) and show the gate's
 * refusal messages in an AUI error message.
 */
(function ($, AJS) {
    'use strict';

    if (AJS.DesignTokens && AJS.DesignTokens.setGlobalTheme) {
        AJS.DesignTokens.setGlobalTheme({ colorMode: 'light', light: 'light', dark: 'dark' });
    }

    function contextPath() {
        return $('meta[name="ajs-context-path"]').attr('content') || '';
    }

    function showErrors(messages) {
        var $box = $('#transition-messages').empty();
        var body = $.map(messages, function (message) {
            return '<p class="sbx-refusal">' + AJS.escapeHtml(String(message)) + '</p>';
        }).join('');
        // Jira's validator links its message to the panel where the missing steps are done.
        if ($('#accountability-panel-host .accountability-panel').length) {
            body += '<p><a class="sbx-to-panel" href="#accountability-panel-heading">Complete the steps in the '
                + 'Accountability panel</a></p>';
        }
        AJS.messages.error($box, { title: 'The transition was refused', body: body, closeable: true });
    }

    $(document).on('click', '.sbx-transition', function (event) {
        event.preventDefault();
        var $button = $(this);
        var issueKey = $button.attr('data-issue-key');
        $('.sbx-transition').prop('disabled', true).attr('aria-disabled', 'true');
        $.ajax({
            url: contextPath() + '/rest/api/2/issue/' + encodeURIComponent(issueKey) + '/transitions',
            type: 'POST',
            contentType: 'application/json',
            dataType: 'text',
            data: JSON.stringify({ transition: { id: $button.attr('data-transition-id') } })
        }).done(function () {
            window.location.reload();
        }).fail(function (xhr) {
            var messages = ['The transition failed (HTTP ' + xhr.status + ').'];
            try {
                var body = JSON.parse(xhr.responseText);
                var fieldMessages = $.map(body.errors || {}, function (value) { return value; });
                if ((body.errorMessages || []).length || fieldMessages.length) {
                    messages = (body.errorMessages || []).concat(fieldMessages);
                }
            } catch (ignored) {
                // Not Jira's error collection: keep the generic message.
            }
            showErrors(messages);
            $('.sbx-transition').prop('disabled', false).removeAttr('aria-disabled');
        });
    });
}(window.jQuery, window.AJS));
