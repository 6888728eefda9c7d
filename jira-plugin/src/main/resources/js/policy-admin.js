/*
 * The project admin page for the accountability policy: reads the policy from the REST API, fills the form, and saves
 * it with the version it read (409 means someone else saved first). Texts come from the plugin's i18n bundle through
 * Jira's jsI18n transformer. Runs only where the page's #accountability-policy element exists.
 */
(function ($) {
    'use strict';

    function messageArea(root) {
        return root.find('.accountability-policy-message');
    }

    function show(root, kind, text) {
        var box = $('<div class="aui-message"></div>').addClass('aui-message-' + kind).text(text);
        messageArea(root).empty().append(box);
    }

    function fill(root, policy) {
        root.find('input[type=checkbox]').prop('checked', false);
        (policy.rules || []).forEach(function (rule) {
            (rule.requirements || []).forEach(function (requirement) {
                root.find('fieldset[data-category="' + rule.toStatusCategory + '"] input[value="' + requirement + '"]')
                    .prop('checked', true);
            });
        });
        root.find('#policy-issue-types').val((policy.issueTypes || []).join(', '));
        root.find('#policy-owner-assignee').prop('checked', !!policy.ownerMustBeAssignee);
    }

    function collect(root, version, cadence) {
        var rules = [];
        root.find('fieldset[data-category]').each(function () {
            var category = $(this).attr('data-category');
            var requirements = $(this).find('input:checked').map(function () { return this.value; }).get();
            if (requirements.length) {
                rules.push({toStatusCategory: category, requirements: requirements});
            }
        });
        var types = root.find('#policy-issue-types').val().split(',')
            .map(function (t) { return t.trim(); })
            .filter(function (t) { return t.length > 0; });
        return {
            issueTypes: types,
            rules: rules,
            ownerMustBeAssignee: root.find('#policy-owner-assignee').prop('checked'),
            checkinCadenceDays: cadence,
            version: version
        };
    }

    function errorText(xhr) {
        try {
            var body = JSON.parse(xhr.responseText);
            var parts = (body.errorMessages || []).slice();
            Object.keys(body.errors || {}).forEach(function (field) { parts.push(field + ': ' + body.errors[field]); });
            return parts.join(' ');
        } catch (e) {
            return xhr.statusText;
        }
    }

    $(function () {
        var root = $('#accountability-policy');
        if (!root.length) {
            return;
        }
        var url = root.attr('data-rest-base') + '/projects/' + encodeURIComponent(root.attr('data-project-key'))
            + '/policy';
        var version = 0;
        var cadence = 7;
        $.ajax({url: url, dataType: 'json'}).done(function (policy) {
            version = policy.version || 0;
            cadence = policy.checkinCadenceDays || cadence;
            fill(root, policy);
        }).fail(function (xhr) {
            show(root, 'error', AJS.I18n.getText('accountability.policy.error') + ' ' + errorText(xhr));
        });
        root.find('#accountability-policy-form').on('submit', function (event) {
            event.preventDefault();
            $.ajax({
                url: url,
                type: 'PUT',
                contentType: 'application/json',
                dataType: 'json',
                headers: {'X-Atlassian-Token': 'no-check'},
                data: JSON.stringify(collect(root, version, cadence))
            }).done(function (policy) {
                version = policy.version;
                fill(root, policy);
                show(root, 'success', AJS.I18n.getText('accountability.policy.saved'));
            }).fail(function (xhr) {
                show(root, 'error', xhr.status === 409
                    ? AJS.I18n.getText('accountability.policy.conflict')
                    : AJS.I18n.getText('accountability.policy.error') + ' ' + errorText(xhr));
            });
        });
    });
}(AJS.$));
