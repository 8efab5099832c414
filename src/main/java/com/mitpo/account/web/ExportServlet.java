package com.mitpo.account.web;

import com.mitpo.platform.refusal.Refusal;
import com.mitpo.account.boundary.AccountData;
import com.mitpo.account.entity.DataExport;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.storage.LinkQuery;
import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.platform.storage.SignedLinks;
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
import java.util.UUID;

/**
 * Streams a user's ready data export from the bucket: {@code /exports/{id}?exp=…&sig=…}. It needs
 * the session (the gate in front sets it), a link signed for this user that has not expired,
 * and an export of this user's (row-level security) that is ready and not expired. Thin: the
 * checks live in {@link ExportLinks} and {@link AccountData}.
 */
@WebServlet(urlPatterns = "/exports/*")
public class ExportServlet extends HttpServlet {

    @Inject
    TenantContext tenant;

    @Inject
    ExportLinks links;

    @Inject
    AccountData accountData;

    @Inject
    ObjectStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UUID> user = tenant.userId();
        if (user.isEmpty()) {
            JsonRefusal.send(response, 401, Refusal.of("UNAUTHORIZED", "api.signInFirst"));
            return;
        }
        Optional<UUID> id = SignedLinks.idIn(request.getPathInfo());
        Optional<LinkQuery> query = LinkQuery.parse(request.getQueryString());
        SignedLinks.Verdict verdict = id.isEmpty() || query.isEmpty() ? SignedLinks.Verdict.MALFORMED
                : links.verify(id.get(), user.get(), query.get().exp(), query.get().sig());
        if (verdict != SignedLinks.Verdict.VALID) {
            JsonRefusal.send(response, 403, verdict == SignedLinks.Verdict.EXPIRED
                    ? Refusal.of("LINK_EXPIRED", "api.exportLinkExpired") : Refusal.of("BAD_LINK", "api.badLink"));
            return;
        }
        Optional<DataExport> export = accountData.downloadableExport(user.get(), id.get());
        Optional<InputStream> file = export.flatMap(e -> store.open(e.getObjectKey(), -1, -1));
        if (file.isEmpty()) {
            JsonRefusal.send(response, 404, Refusal.of("NOT_FOUND", "api.exportGone"));
            return;
        }
        response.setContentType("application/zip");
        response.setCharacterEncoding(null);
        response.setContentLengthLong(export.get().getSizeBytes());
        response.setHeader("Content-Disposition", "attachment; filename=\"mitpo-export-"
                + export.get().getCreatedAt().toString().substring(0, 10) + ".zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("ETag", "\"" + export.get().getSha256() + "\"");
        try (InputStream in = file.get(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
