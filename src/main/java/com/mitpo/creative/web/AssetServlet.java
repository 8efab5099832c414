package com.mitpo.creative.web;

import com.mitpo.platform.refusal.Refusal;
import com.mitpo.creative.boundary.Gallery;
import com.mitpo.creative.boundary.SignedAssets;
import com.mitpo.platform.storage.SignedLinks;
import com.mitpo.creative.control.ByteRanges;
import com.mitpo.platform.storage.LinkQuery;
import com.mitpo.creative.entity.Asset;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.platform.web.JsonRefusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Streams a generated asset from the private bucket: {@code /assets/{id}?exp=…&sig=…}. Every
 * request, ranged ones included, needs the session (the gate in front sets it), a link signed
 * for this user that has not expired, and an asset this workspace owns as row-level security
 * sees it. The bucket's address never reaches the browser. Thin: the checks live in
 * {@link SignedAssets}, {@link Gallery} and {@link ByteRanges}.
 */
@WebServlet(urlPatterns = "/assets/*", asyncSupported = true)
public class AssetServlet extends HttpServlet {

    /** Browsers render these inline without running anything; anything else is sandboxed. */
    private static final Set<String> MEDIA = Set.of("image/", "audio/", "video/");

    /** Copies in 64 KiB steps: measured with bench/asset-servlet.sh against transferTo's 8 KiB. */
    private static final int COPY_BUFFER = 64 * 1024;

    @Inject
    TenantContext tenant;

    @Inject
    SignedAssets signed;

    @Inject
    Gallery gallery;

    @Inject
    ObjectStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        Optional<UUID> user = tenant.userId();
        if (user.isEmpty()) {
            JsonRefusal.send(response, 401, Refusal.of("UNAUTHORIZED", "api.signInFirst"));
            return;
        }
        Optional<UUID> id = SignedLinks.idIn(request.getPathInfo());
        if (id.isEmpty()) {
            JsonRefusal.send(response, 404, Refusal.of("NOT_FOUND", "api.noSuchAsset"));
            return;
        }
        Optional<LinkQuery> query = LinkQuery.parse(request.getQueryString());
        SignedLinks.Verdict verdict = query.map(q -> signed.verify(id.get(), user.get(), q.exp(), q.sig()))
                .orElse(SignedLinks.Verdict.MALFORMED);
        if (verdict != SignedLinks.Verdict.VALID) {
            JsonRefusal.send(response, 403, verdict == SignedLinks.Verdict.EXPIRED
                    ? Refusal.of("LINK_EXPIRED", "api.assetLinkExpired") : Refusal.of("BAD_LINK", "api.badLink"));
            return;
        }
        Optional<Asset> asset = gallery.asset(id.get());
        if (asset.isEmpty()) {
            JsonRefusal.send(response, 404, Refusal.of("NOT_FOUND", "api.noSuchAsset"));
            return;
        }
        Asset a = asset.get();
        ByteRanges.Result range = ByteRanges.parse(request.getHeader("Range"), a.getSizeBytes());
        if (range.status() == 416) {
            headers(response, a, query.get().download());
            response.setStatus(416);
            response.setHeader("Content-Range", range.contentRange());
            response.setContentLengthLong(0);
            return;
        }
        // The object is opened before anything is promised: a row whose file is gone (a purge
        // that died between objects and rows) answers 404, never a 200 without a body or a 500.
        Optional<InputStream> file = body && range.contentLength() > 0
                ? store.open(a.getObjectKey(), range.status() == 206 ? range.start() : -1, range.end())
                : Optional.of(InputStream.nullInputStream());
        if (file.isEmpty()) {
            JsonRefusal.send(response, 404, Refusal.of("NOT_FOUND", "api.fileGone"));
            return;
        }
        headers(response, a, query.get().download());
        response.setStatus(range.status());
        if (range.status() == 206) {
            response.setHeader("Content-Range", range.contentRange());
        }
        response.setContentLengthLong(range.contentLength());
        response.setBufferSize(COPY_BUFFER);
        try (InputStream in = file.get(); OutputStream out = response.getOutputStream()) {
            byte[] buffer = new byte[COPY_BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        }
    }

    private static void headers(HttpServletResponse response, Asset asset, boolean download) {
        response.setContentType(asset.getContentType());
        if (!asset.getContentType().startsWith("text/")) {
            response.setCharacterEncoding(null); // bytes have no charset: no ";charset=UTF-8" on image/png
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=60");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("ETag", "\"" + asset.getSha256() + "\"");
        if (MEDIA.stream().noneMatch(asset.getContentType()::startsWith)) {
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
        }
        String key = asset.getObjectKey(); // ends in "{variant}.{extension}"
        String name = "mitpo-" + asset.getGenerationId().toString().substring(0, 8) + "-"
                + key.substring(key.lastIndexOf('/') + 1);
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + name + "\"");
    }
}
