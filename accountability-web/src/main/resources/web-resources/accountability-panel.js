/*
 * All-In Accountability: the issue panel and the project policy page, written against AUI (AJS.$ is jQuery) so the
 * same file runs in Jira and in the sandbox. Texts come from the data-i18n JSON the template renders (hosts localize
 * differently), never from AJS.I18n. Every user value is put into the page as text (jQuery .text / .val), never as
 * HTML. Writes send JSON with the record's version and X-Atlassian-Token: no-check, and the panel re-renders from the
 * whole record each write answers.
 */
(function ($) {
    'use strict';

    function readJson(element, name) {
        var raw = element.getAttribute(name);
        try {
            return raw ? JSON.parse(raw) : {};
        } catch (e) {
            return {};
        }
    }

    function translator(texts) {
        return function (key) {
            var text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
            var args = Array.prototype.slice.call(arguments, 1);
            return text.replace(/\{(\d+)\}/g, function (match, index) {
                return args[index] === undefined ? match : String(args[index]);
            });
        };
    }

    function time(iso) {
        if (!iso) {
            return '';
        }
        var d = new Date(iso);
        function two(n) { return (n < 10 ? '0' : '') + n; }
        return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours())
            + ':' + two(d.getMinutes());
    }

    function duration(seconds) {
        if (seconds === null || seconds === undefined) {
            return '';
        }
        var minutes = Math.floor(seconds / 60), days = Math.floor(minutes / 480);
        var hours = Math.floor((minutes % 480) / 60), rest = minutes % 60, out = [];
        if (days) { out.push(days + 'd'); }
        if (hours) { out.push(hours + 'h'); }
        if (rest || !out.length) { out.push(rest + 'm'); }
        return out.join(' ');
    }

    /** Builds an element; children are elements or strings (inserted as text). */
    function el(tag, attributes, children) {
        var node = $(document.createElement(tag));
        $.each(attributes || {}, function (name, value) {
            if (value === true) {
                node.attr(name, name);
            } else if (value !== false && value !== null && value !== undefined) {
                node.attr(name, value);
            }
        });
        $.each(children || [], function (i, child) {
            if (child === null || child === undefined) {
                return;
            }
            node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child))
                : child);
        });
        return node;
    }

    function lozenge(text, modifier) {
        return el('span', {'class': 'aui-lozenge ' + (modifier || '')}, [text]);
    }

    function messageBox(container, type, text, extra) {
        var box = el('div', {'class': 'aui-message aui-message-' + type}, [el('p', {}, [text])]);
        if (extra) {
            box.append(extra);
        }
        $(container).empty().append(box);
        return box;
    }

    /** Scrolls a message into view when it appeared outside the window (the panel is taller than most screens). */
    function reveal(node) {
        if (!node || !node.getBoundingClientRect) {
            return;
        }
        var rect = node.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > (window.innerHeight || document.documentElement.clientHeight)) {
            node.scrollIntoView({block: 'center'});
        }
    }

    /** Reads a form's named fields as the REST API expects them: empty optional values become null. */
    function formBody(form) {
        var body = {};
        $(form).find('input[name], textarea[name], select[name]').each(function () {
            var field = $(this), name = field.attr('name'), type = field.attr('data-type'), value;
            if (field.is(':radio')) {
                if (!field.is(':checked')) {
                    if (!(name in body)) { body[name] = null; }
                    return;
                }
            }
            value = field.val();
            if (type === 'number') {
                value = value === '' ? null : Number(value);
            } else if (type === 'boolean') {
                value = value === '' ? null : value === 'true';
            } else if (field.attr('type') === 'date' || field.is('select')) {
                value = value === '' ? null : value;
            }
            body[name] = value;
        });
        return body;
    }

    function showErrors(form, messages, t, xhr) {
        var answer = xhr.responseJSON || {}, general = [];
        $(form).find('.acc-error').empty();
        if (xhr.status === 400) {
            $.each(answer.errors || {}, function (field, message) {
                var slot = $(form).find('[data-error-for="' + field + '"]');
                if (slot.length) {
                    slot.text(message);
                } else {
                    general.push(field + ': ' + message);
                }
            });
            general = general.concat(answer.errorMessages || []);
            if (general.length) {
                messageBox(messages, 'error', general.join(' '));
            }
        } else if (xhr.status === 409) {
            var reload = el('button', {'class': 'aui-button', type: 'button'}, [t('accountability.error.reload')]);
            reload.on('click', function () { window.location.reload(); });
            messageBox(messages, 'warning', t('accountability.error.conflict'), el('p', {}, [reload]));
        } else if (xhr.status === 401) {
            messageBox(messages, 'error', t('accountability.error.notSignedIn'));
        } else if (xhr.status === 403) {
            messageBox(messages, 'error', (answer.errorMessages || [])[0] || t('accountability.error.forbidden'));
        } else if (xhr.status === 404) {
            messageBox(messages, 'error', t('accountability.error.notFound'));
        } else if (xhr.status === 413) {
            messageBox(messages, 'error', t('accountability.error.tooLarge'));
        } else {
            messageBox(messages, 'error', t('accountability.error.unexpected'));
        }
    }

    function send(url, method, body) {
        return $.ajax({
            url: url,
            type: method,
            contentType: 'application/json',
            dataType: 'json',
            data: JSON.stringify(body),
            headers: {'X-Atlassian-Token': 'no-check'}
        });
    }

    // ------------------------------------------------------------------ the issue panel

    function Panel(root) {
        this.root = $(root);
        this.key = root.getAttribute('data-issue-key');
        this.base = root.getAttribute('data-rest-base');
        this.caller = root.getAttribute('data-caller') || '';
        this.record = readJson(root, 'data-record');
        this.t = translator(readJson(root, 'data-i18n'));
        this.historyLoaded = 0;
        var panel = this;
        this.root.on('submit', 'form.acc-form', function (event) {
            event.preventDefault();
            panel.submit(this);
        });
        this.root.on('click', '.acc-history-load, .acc-history-more', function () {
            panel.loadHistory();
        });
    }

    /** A user's display name from the record's users map; their key when the host does not know them. */
    Panel.prototype.displayName = function (userKey) {
        if (userKey === null || userKey === undefined || userKey === '') {
            return '';
        }
        var users = (this.record && this.record.users) || {};
        return Object.prototype.hasOwnProperty.call(users, userKey) ? users[userKey] : userKey;
    };

    Panel.prototype.url = function (path) {
        return this.base + '/issues/' + encodeURIComponent(this.key) + (path ? '/' + path : '');
    };

    Panel.prototype.submit = function (form) {
        var panel = this, body = formBody(form), button = $(form).find('button[type=submit]');
        var endpoint = form.getAttribute('data-endpoint');
        body.version = panel.record.version || 0;
        button.prop('disabled', true);
        send(panel.url(endpoint), form.getAttribute('data-method'), body)
            .done(function (record) {
                panel.record = record;
                panel.render();
                var saved = messageBox(panel.root.find('.acc-messages'), 'success', panel.t('accountability.saved'))
                    .attr('tabindex', '-1').get(0);
                reveal(saved);
                // The re-render closed the form: keyboard users go back to its step's button, or to the message
                // when the form is gone (e.g. after verifying).
                var opener = panel.root.find('details.acc-edit').filter(function () {
                    return this.getAttribute('data-for') === endpoint;
                }).children('summary').get(0);
                (opener || saved).focus({preventScroll: true});
                if (panel.historyLoaded) {
                    panel.historyLoaded = 0;
                    panel.root.find('.acc-history-table tbody').empty();
                    panel.loadHistory();
                }
            })
            .fail(function (xhr) {
                showErrors(form, panel.root.find('.acc-messages'), panel.t, xhr);
                var fieldError = $(form).find('.acc-error').filter(function () { return !!this.textContent; });
                reveal((fieldError.length ? fieldError : panel.root.find('.acc-messages .aui-message')).get(0));
            })
            .always(function () {
                button.prop('disabled', false);
            });
    };

    Panel.prototype.loadHistory = function () {
        var panel = this, t = this.t;
        $.ajax({url: panel.url('history'), type: 'GET', dataType: 'json',
            data: {startAt: panel.historyLoaded, maxResults: 50}})
            .done(function (events, status, xhr) {
                var table = panel.root.find('.acc-history-table').prop('hidden', false);
                var rows = table.find('tbody');
                $.each(events, function (i, event) {
                    // The field's label where the bundle has one (e.g. "expectation.outcome"), else its name.
                    var key = 'accountability.' + event.field, label = t(key);
                    rows.append(el('tr', {}, [el('td', {'class': 'acc-history-at'}, [time(event.at)]),
                        el('td', {'data-user': event.user}, [panel.displayName(event.user)]),
                        el('td', {'data-field': event.field}, [label === key ? event.field : label]),
                        el('td', {'class': 'acc-text'}, [event.from]),
                        el('td', {'class': 'acc-text'}, [event.to])]));
                });
                panel.historyLoaded += events.length;
                var total = Number(xhr.getResponseHeader('X-Total-Count') || panel.historyLoaded);
                if (!panel.historyLoaded) {
                    rows.append(el('tr', {}, [el('td', {colspan: 5}, [t('accountability.history.empty')])]));
                }
                panel.root.find('.acc-history-load').prop('hidden', true);
                panel.root.find('.acc-history-more').prop('hidden', panel.historyLoaded >= total);
            })
            .fail(function (xhr) {
                showErrors(panel.root.find('.acc-history'), panel.root.find('.acc-messages'), t, xhr);
            });
    };

    /** Rebuilds the panel's body from the record, as the template does on the server. */
    Panel.prototype.render = function () {
        var panel = this, r = this.record, t = this.t, can = r.permissions || {}, key = this.key, caller = this.caller;
        var mine = $.grep(r.ownership || [], function (d) { return d.active && d.user === caller; })[0];
        var body = el('div', {'class': 'acc-body'});

        function field(name, label, value) {
            return value === null || value === undefined || value === '' ? null
                : [el('dt', {}, [label]), el('dd', {'class': 'acc-text', 'data-field': name}, [String(value)])];
        }
        function entry(status, statusLabel, modifier, user, at, fields, current) {
            var dl = el('dl', {'class': 'acc-fields'});
            $.each(fields, function (i, pair) { if (pair) { dl.append(pair[0], pair[1]); } });
            return el('li', {'class': 'acc-entry' + (current === false ? ' acc-superseded' : ''), 'data-status': status},
                [lozenge(statusLabel, modifier), ' ', el('span', {'class': 'acc-user', 'data-user': user},
                    [panel.displayName(user)]), ' ',
                    el('span', {'class': 'acc-time'}, [time(at)]), dl.children().length ? dl : null]);
        }
        function list(items) { return el('ul', {'class': 'acc-list'}, items); }
        function empty(textKey) { return el('p', {'class': 'acc-empty'}, [t(textKey)]); }
        function section(step, title, children) {
            return el('section', {'class': 'acc-step', 'data-step': step}, [el('h3', {}, [title])].concat(children));
        }
        function group(name, labelKey, control) {
            var id = 'acc-' + name + '-' + key;
            control.attr('id', id).attr('name', name);
            return el('div', {'class': 'field-group'}, [el('label', {'for': id}, [t(labelKey)]), control,
                el('div', {'class': 'error acc-error', 'data-error-for': name})]);
        }
        function textarea(value) { return el('textarea', {'class': 'textarea'}).val(value || ''); }
        function text(value, type) { return el('input', {'class': 'text', type: type || 'text'}).val(value || ''); }
        function select(options, selected, type) {
            var node = el('select', {'class': 'select', 'data-type': type}, [el('option', {value: ''},
                [t('accountability.choose')])]);
            $.each(options, function (i, o) {
                node.append(el('option', {value: o[0], selected: String(o[0]) === String(selected)}, [o[1]]));
            });
            return node;
        }
        function enumOptions(prefix, values) {
            return $.map(values, function (v) { return [[v, t(prefix + v)]]; });
        }
        // Each form sits closed under its step, opened by its summary button (as the template renders it).
        function form(endpoint, method, children, saveKey, primary, openKey) {
            return el('details', {'class': 'acc-edit', 'data-for': endpoint}, [
                el('summary', {'class': 'aui-button acc-edit-open'}, [t(openKey)]),
                el('form', {'class': 'aui top-label acc-form', 'data-endpoint': endpoint, 'data-method': method},
                    children.concat([el('div', {'class': 'buttons-container'}, [el('button',
                        {'class': 'aui-button' + (primary ? ' aui-button-primary' : ''), type: 'submit'},
                        [t(saveKey)])])]))]);
        }
        function expectation(e, current) {
            return entry(String(e.revision), t('accountability.expectation.revisionOf', e.revision), '', e.setBy,
                e.setAt, [field('outcome', t('accountability.expectation.outcome'), e.outcome),
                    field('why', t('accountability.expectation.why'), e.why),
                    field('targetDate', t('accountability.expectation.targetDate'), e.targetDate),
                    field('goalLink', t('accountability.expectation.goalLink'), e.goalLink)], current);
        }
        function checkin(c) {
            var modifier = {ON_TRACK: 'aui-lozenge-success', AT_RISK: 'aui-lozenge-current',
                OFF_TRACK: 'aui-lozenge-error'}[c.status];
            return entry(c.status, t('accountability.checkin.status.' + c.status), modifier, c.user, c.at,
                [field('note', t('accountability.checkin.note'), c.note),
                    field('forecastDate', t('accountability.checkin.forecastDate'), c.forecastDate)]);
        }

        // summary: stage, lock, health flags
        var stageModifiers = {NONE: '', VERIFIED: 'aui-lozenge-success', RETROSPECTIVE_WRITTEN: 'aui-lozenge-moved'};
        var stageModifier = Object.prototype.hasOwnProperty.call(stageModifiers, r.stage) ? stageModifiers[r.stage]
            : 'aui-lozenge-current';
        var summary = el('div', {'class': 'acc-summary'}, [el('span', {'class': 'aui-lozenge acc-stage '
            + stageModifier, 'data-stage': r.stage}, [t('accountability.stage.' + r.stage)])]);
        if (r.locked) {
            summary.append(' ', lozenge(t('accountability.panel.locked'), 'aui-lozenge-subtle acc-locked'));
        }
        $.each(r.health || [], function (i, flag) {
            summary.append(' ', el('span', {'class': 'aui-lozenge aui-lozenge-subtle acc-flag'
                + (flag === 'AWAITING_VERIFICATION' ? '' : ' acc-flag-warning'), 'data-flag': flag},
                [t('accountability.health.' + flag)]));
        });
        body.append(summary);
        if ((r.waitingForYou || []).length) {
            body.append(el('ul', {'class': 'acc-waiting-for-you'}, $.map(r.waitingForYou, function (w) {
                return el('li', {'data-action': w.action}, [el('strong', {}, [t('accountability.waiting.you')]), ' ',
                    t('accountability.action.' + w.action)]);
            })));
        }
        body.append(this.root.find('.acc-messages').first().detach().get(0)
            || el('div', {'class': 'acc-messages', 'aria-live': 'polite'}));

        // 1. expectation
        var e = r.expectation, revisions = (r.revisions || []).slice(0, -1).reverse();
        var step1 = [e ? list([expectation(e, true)]) : empty('accountability.expectation.none')];
        if (revisions.length) {
            step1.push(el('details', {'class': 'acc-revisions'}, [el('summary', {},
                [t('accountability.expectation.superseded')]), list($.map(revisions, function (x) {
                return expectation(x, false);
            }))]));
        }
        if (can.setExpectation) {
            step1.push(form('expectation', 'PUT', [
                group('outcome', 'accountability.expectation.outcome', textarea(e && e.outcome)),
                group('why', 'accountability.expectation.why', textarea(e && e.why)),
                group('targetDate', 'accountability.expectation.targetDate', text(e && e.targetDate, 'date')),
                group('goalLink', 'accountability.expectation.goalLink', text(e && e.goalLink))],
                'accountability.expectation.save', true,
                e ? 'accountability.expectation.revise' : 'accountability.expectation.open'));
        }
        body.append(section('expectation', '1. ' + t('accountability.expectation.title'), step1));

        // 2. why & alignment
        var alignments = (r.alignments || []).slice().sort(function (a, b) { return a.at < b.at ? 1 : -1; });
        var step2 = [alignments.length ? list($.map(alignments, function (a) {
            return entry(a.current ? a.state : 'PENDING', a.current ? t('accountability.alignment.state.' + a.state)
                : t('accountability.alignment.stale', a.revision), a.current ? (a.state === 'ALIGNED'
                ? 'aui-lozenge-success' : 'aui-lozenge-error') : '', a.user, a.at,
                [field('comment', t('accountability.alignment.comment'), a.comment),
                    field('proposedDate', t('accountability.alignment.proposedDate'), a.proposedDate)], a.current);
        })) : empty('accountability.alignment.none')];
        if (can.align) {
            var radios = el('fieldset', {'class': 'group'}, [el('legend', {}, [el('span', {},
                [t('accountability.alignment.yours')])])]);
            $.each(['ALIGNED', 'CONCERNS'], function (i, state) {
                var id = 'acc-state-' + state + '-' + key;
                radios.append(el('div', {'class': 'radio'}, [el('input', {'class': 'radio', type: 'radio',
                    name: 'state', id: id, value: state}), el('label', {'for': id},
                    [t('accountability.alignment.state.' + state)])]));
            });
            radios.append(el('div', {'class': 'error acc-error', 'data-error-for': 'state'}));
            step2.push(form('alignment', 'POST', [el('input', {type: 'hidden', name: 'revision', 'data-type': 'number',
                value: e ? e.revision : 0}), radios,
                group('comment', 'accountability.alignment.comment', textarea('')),
                group('proposedDate', 'accountability.alignment.proposedDate', text('', 'date'))],
                'accountability.alignment.save', false, 'accountability.alignment.open'));
        }
        body.append(section('alignment', '2. ' + t('accountability.alignment.title'), step2));

        // 3. control
        var c = r.control;
        var step3 = [c ? list([entry(String(c.rating), t('accountability.control.ratingOf', c.rating), '',
            c.statedBy, c.at, [field('levers', t('accountability.control.levers'), c.levers),
                field('support', t('accountability.control.support'), c.support)])])
            : empty('accountability.control.none')];
        if (can.stateControl) {
            step3.push(form('control', 'PUT', [
                group('levers', 'accountability.control.levers', textarea(c && c.levers)),
                group('support', 'accountability.control.support', textarea(c && c.support)),
                group('rating', 'accountability.control.rating', select($.map([1, 2, 3, 4, 5], function (n) {
                    return [[n, t('accountability.control.rating.' + n)]];
                }), c && c.rating, 'number'))], 'accountability.control.save', false,
                c ? 'accountability.control.revise' : 'accountability.control.open'));
        }
        body.append(section('control', '3. ' + t('accountability.control.title'), step3));

        // 4. ownership
        var declarations = (r.ownership || []).slice().reverse();
        var step4 = [declarations.length ? list($.map(declarations, function (d) {
            return entry(d.role, t('accountability.ownership.role.' + d.role), d.active ? 'aui-lozenge-current' : '',
                d.user, d.declaredAt, [field('statement', t('accountability.ownership.statement'), d.statement),
                    field('withdrawnAt', t('accountability.ownership.withdrawnAt'), time(d.withdrawnAt)),
                    field('withdrawReason', t('accountability.ownership.withdrawReason'), d.withdrawReason)],
                d.active);
        })) : empty('accountability.ownership.none')];
        if (can.declare && !mine) {
            step4.push(form('ownership', 'POST', [
                group('role', 'accountability.ownership.role', select(enumOptions('accountability.ownership.role.',
                    ['OWNER', 'CO_OWNER', 'SPONSOR']), null)),
                group('statement', 'accountability.ownership.statement', textarea(''))],
                'accountability.ownership.declare', false, 'accountability.ownership.open'));
        }
        if (can.withdraw && mine) {
            step4.push(form('ownership/withdrawal', 'POST', [el('input', {type: 'hidden', name: 'role',
                value: mine.role}), el('p', {}, [t('accountability.ownership.youHold') + ' ',
                el('strong', {}, [t('accountability.ownership.role.' + mine.role)])]),
                el('div', {'class': 'error acc-error', 'data-error-for': 'role'}),
                group('reason', 'accountability.ownership.withdrawReason', text(''))],
                'accountability.ownership.withdraw', false, 'accountability.ownership.withdrawOpen'));
        }
        body.append(section('ownership', '4. ' + t('accountability.ownership.title'), step4));

        // check-ins: the latest, then its history
        // Newest first: check-ins are append only, so their posting order reversed (as the template shows them).
        var checkins = (r.checkins || []).slice().reverse();
        var steps = [checkins.length ? el('ul', {'class': 'acc-list acc-latest'}, [checkin(checkins[0])])
            : empty('accountability.checkin.none')];
        if (checkins.length > 1) {
            steps.push(el('details', {'class': 'acc-checkin-history'}, [el('summary', {},
                [t('accountability.checkin.history')]), list($.map(checkins.slice(1), checkin))]));
        }
        if (can.checkIn) {
            steps.push(form('checkins', 'POST', [
                group('status', 'accountability.checkin.status', select(enumOptions('accountability.checkin.status.',
                    ['ON_TRACK', 'AT_RISK', 'OFF_TRACK']), null)),
                group('note', 'accountability.checkin.note', textarea('')),
                group('forecastDate', 'accountability.checkin.forecastDate', text('', 'date'))],
                'accountability.checkin.save', false, 'accountability.checkin.open'));
        }
        body.append(section('checkins', t('accountability.checkin.title'), steps));

        // 5. retrospective and verification
        var retro = r.retrospective, v = r.verification;
        var step5 = [retro ? list([entry(retro.result, t('accountability.retrospective.result.' + retro.result),
            {EXCEEDED: 'aui-lozenge-success', MET: 'aui-lozenge-success', PARTIALLY_MET: 'aui-lozenge-current',
                NOT_MET: 'aui-lozenge-error'}[retro.result], retro.author, retro.at,
            $.map(['evidence', 'wentWell', 'toImprove', 'lessons', 'nextCommitment'], function (name) {
                return [field(name, t('accountability.retrospective.' + name), retro[name])];
            }).concat([field('judgedRevision', t('accountability.retrospective.judgedRevision'),
                retro.judgedRevision)]))]) : empty('accountability.retrospective.none')];
        if (v) {
            step5.push(el('h4', {}, [t('accountability.verification.title')]), list([entry(
                v.agrees ? 'AGREES' : 'DISAGREES', t(v.agrees ? 'accountability.verification.agrees'
                    : 'accountability.verification.disagrees'), v.agrees ? 'aui-lozenge-success' : 'aui-lozenge-error',
                v.verifier, v.at, [field('note', t('accountability.verification.note'), v.note)])]));
        }
        if (can.writeRetrospective) {
            step5.push(form('retrospective', 'PUT', [group('result', 'accountability.retrospective.result',
                select(enumOptions('accountability.retrospective.result.', ['EXCEEDED', 'MET', 'PARTIALLY_MET',
                    'NOT_MET']), retro && retro.result))].concat($.map(['evidence', 'wentWell', 'toImprove',
                'lessons', 'nextCommitment'], function (name) {
                return [group(name, 'accountability.retrospective.' + name, textarea(retro && retro[name]))];
            })), 'accountability.retrospective.save', false,
                retro ? 'accountability.retrospective.revise' : 'accountability.retrospective.open'));
        }
        if (can.verify) {
            var agree = el('fieldset', {'class': 'group'}, [el('legend', {}, [el('span', {},
                [t('accountability.verification.question')])])]);
            $.each([['true', 'accountability.verification.agrees'], ['false',
                'accountability.verification.disagrees']], function (i, choice) {
                var id = 'acc-agrees-' + choice[0] + '-' + key;
                agree.append(el('div', {'class': 'radio'}, [el('input', {'class': 'radio', type: 'radio', name: 'agrees',
                    'data-type': 'boolean', id: id, value: choice[0]}), el('label', {'for': id}, [t(choice[1])])]));
            });
            agree.append(el('div', {'class': 'error acc-error', 'data-error-for': 'agrees'}));
            step5.push(form('verification', 'POST', [agree,
                group('note', 'accountability.verification.note', textarea(''))],
                'accountability.verification.save', true, 'accountability.verification.open'));
        }
        if (can.reopen) {
            step5.push(form('reopen', 'POST', [group('reason', 'accountability.reopen.reason', text(''))],
                'accountability.reopen.save', false, 'accountability.reopen.open'));
        }
        body.append(section('retrospective', '5. ' + t('accountability.retrospective.title'), step5));

        // performance facts
        var p = r.performance || {}, facts = el('dl', {'class': 'acc-fields acc-performance'});
        $.each([['status', p.status], ['assignee', panel.displayName(p.assignee)],
            ['reporter', panel.displayName(p.reporter)], ['dueDate', p.dueDate],
            ['created', time(p.created)], ['resolved', time(p.resolved)], ['agreedDate', p.agreedDate],
            ['daysLate', p.daysLate], ['onTime', p.onTime === null || p.onTime === undefined ? ''
                : t(p.onTime ? 'accountability.yes' : 'accountability.no')],
            ['daysFromAlignmentToResolution', p.daysFromAlignmentToResolution],
            ['originalEstimate', duration(p.originalEstimate)], ['timeSpent', duration(p.timeSpent)]],
        function (i, fact) {
            var pair = field(fact[0], t('accountability.performance.' + fact[0]), fact[1]);
            if (pair) { facts.append(pair[0], pair[1]); }
        });
        body.append(section('performance', t('accountability.performance.title'), [facts]));

        this.root.find('.acc-body').replaceWith(body);
        this.root.attr('data-record', JSON.stringify(r));
    };

    // ------------------------------------------------------------------ the project policy page

    function PolicyPage(root) {
        var page = this;
        this.root = $(root);
        this.base = root.getAttribute('data-rest-base');
        this.project = root.getAttribute('data-project-key');
        this.t = translator(readJson(root, 'data-i18n'));
        this.root.on('submit', 'form.acc-policy-form', function (event) {
            event.preventDefault();
            page.submit(this);
        });
    }

    PolicyPage.prototype.submit = function (form) {
        var page = this, f = $(form), rules = [];
        f.find('.acc-rule').each(function () {
            var requirements = $(this).find('input[name=requirements]:checked').map(function () {
                return this.value;
            }).get();
            if (requirements.length) {
                rules.push({toStatusCategory: this.getAttribute('data-category'), requirements: requirements});
            }
        });
        var cadence = f.find('input[name=checkinCadenceDays]').val();
        var body = {
            issueTypes: f.find('input[name=issueTypes]:checked').map(function () { return this.value; }).get(),
            rules: rules,
            ownerMustBeAssignee: f.find('input[name=ownerMustBeAssignee]').is(':checked'),
            checkinCadenceDays: cadence === '' ? null : Number(cadence),
            version: Number(f.attr('data-version') || 0)
        };
        send(page.base + '/projects/' + encodeURIComponent(page.project) + '/policy', 'PUT', body)
            .done(function (policy) {
                f.attr('data-version', policy.version);
                f.find('.acc-error').empty();
                messageBox(page.root.find('.acc-messages'), 'success', page.t('accountability.saved'));
            })
            .fail(function (xhr) {
                showErrors(form, page.root.find('.acc-messages'), page.t, xhr);
            });
    };

    $(function () {
        $('.accountability-panel').each(function () {
            if (!$(this).data('accountabilityPanel')) {
                $(this).data('accountabilityPanel', new Panel(this));
            }
        });
        $('.accountability-policy').each(function () {
            if (!$(this).data('accountabilityPolicy')) {
                $(this).data('accountabilityPolicy', new PolicyPage(this));
            }
        });
    });
}(AJS.$));
