/*
 * Signed asset links live 60 seconds. When a player's or preview's link has expired (the servlet
 * answers 403 and the element fires "error"), fetch a fresh link for the same asset and carry on
 * where it was; a download always asks for a fresh link first. No page reload either way.
 */
(function () {
    'use strict';

    // At the root context Facelets leaves the empty content attribute out altogether.
    function context() {
        var meta = document.querySelector('meta[name="mitpo-context"]');
        return (meta && meta.getAttribute('content')) || '';
    }

    function freshLink(assetId) {
        return fetch(context() + '/api/assets/' + encodeURIComponent(assetId) + '/link',
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('link refused: ' + response.status);
                }
                return response.json();
            });
    }

    // "error" does not bubble: listen in the capture phase for every img, video and audio.
    document.addEventListener('error', function (event) {
        var element = event.target;
        if (!element || !element.dataset || !element.dataset.assetId || element.dataset.refreshing === '1') {
            return;
        }
        element.dataset.refreshing = '1';
        var position = element.currentTime || 0;
        freshLink(element.dataset.assetId).then(function (link) {
            element.src = link.url;
            if (position && 'currentTime' in element) {
                element.addEventListener('loadedmetadata', function () {
                    element.currentTime = position;
                }, {once: true});
            }
            element.dataset.refreshed = String(Number(element.dataset.refreshed || '0') + 1);
        }).catch(function () {
            element.classList.add('asset-unavailable');
        }).finally(function () {
            // Allow another refresh later (the fresh link expires too), but not a loop on one failure.
            setTimeout(function () { element.dataset.refreshing = '0'; }, 2000);
        });
    }, true);

    // A download always gets a fresh link: the page may have been open for longer than a minute.
    document.addEventListener('click', function (event) {
        var anchor = event.target.closest ? event.target.closest('a[data-asset-download]') : null;
        if (!anchor || anchor.dataset.fresh === '1') {
            return;
        }
        event.preventDefault();
        freshLink(anchor.dataset.assetDownload).then(function (link) {
            anchor.href = link.downloadUrl;
            anchor.dataset.fresh = '1';
            anchor.click(); // now with a fresh link: the browser's own download
            anchor.dataset.fresh = '0';
        }).catch(function (error) {
            anchor.classList.add('asset-unavailable');
            anchor.dataset.error = String(error);
        });
    });
})();
