/*
 * "Waiting for me": saves the digest preference as soon as it is chosen (PUT /myself/preferences). Behaviour only;
 * the page is rendered on the server (waiting.vm).
 */
(function () {
    'use strict';

    function init(section) {
        var select = section.querySelector('#acc-digest');
        var status = section.querySelector('.acc-digest-status');
        if (!select) {
            return;
        }
        select.addEventListener('change', function () {
            status.textContent = '';
            var request = new XMLHttpRequest();
            request.open('PUT', section.getAttribute('data-rest-base') + '/myself/preferences');
            request.setRequestHeader('Content-Type', 'application/json');
            request.setRequestHeader('X-Atlassian-Token', 'no-check');
            request.onload = function () {
                status.textContent = request.status === 200 ? section.getAttribute('data-saved') || '\u2713'
                    : (JSON.parse(request.responseText || '{}').errorMessages || [String(request.status)]).join(' ');
            };
            request.send(JSON.stringify({digest: select.value}));
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('.accountability-waiting'), init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
