/*
 * The copy button of a secret shown once (WEB-INF/templates/issued-secret.xhtml): copies the secret to the
 * clipboard; where the browser offers no clipboard or refuses it (plain HTTP, a denied permission), selects the
 * secret instead, so that Ctrl+C copies it. The outcome is announced in the dialog's status line. One listener on
 * the document, so a dialog that Ajax replaced keeps working, and no inline script (the pages' CSP forbids it).
 */
(function () {
    'use strict';

    function select(node) {
        var range = document.createRange();
        range.selectNodeContents(node);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.copy-secret') : null;
        var dialog = button ? button.closest('.issued-dialog') : null;
        if (!dialog) {
            return;
        }
        var secret = dialog.querySelector('.secret-value');
        var status = dialog.querySelector('.copy-status');
        var selected = function () {
            select(secret);
            status.textContent = status.getAttribute('data-selected');
        };
        var copied = function () {
            status.textContent = status.getAttribute('data-copied');
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(secret.textContent).then(copied, selected);
        } else {
            selected();
        }
    });
})();
