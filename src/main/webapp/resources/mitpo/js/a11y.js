// Repairs to PrimeFaces markup that its renderers do not offer as options. The upload's
// "Choose files" is a focusable <span> wrapping the file input, labelled by aria-labelledby
// but without a role: a label on a generic element is not allowed (axe-core:
// aria-prohibited-attr), and the role "button" would nest the input inside a button. Its own
// text already names it, so the label goes. Run on load and whenever ajax re-renders the page.
(function () {
    'use strict';

    function repair(root) {
        root.querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (choose) {
            choose.removeAttribute('aria-labelledby');
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        repair(document);
        new MutationObserver(function () {
            repair(document);
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
