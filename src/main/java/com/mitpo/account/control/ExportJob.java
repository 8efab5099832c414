package com.mitpo.account.control;

import com.mitpo.platform.storage.ObjectStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A data export's way from requested to ready, in the background: gather the parts, write the
 * zip to a temporary file (streaming the stored files, never the whole export in memory),
 * store it in the bucket under the user's prefix, record it. A failure is shown with its
 * reason; a node that dies half way leaves a stalled export that housekeeping closes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportJob {

    private static final Logger LOG = Logger.getLogger(ExportJob.class.getName());
    static final String FAILED = "FAILED";
    /** Progress is written in steps of this many percent: each write is a transaction. */
    private static final int STEP = 5;

    @Inject
    ExportSteps steps;

    @Inject
    ObjectStore store;

    /** Everything MITPO keeps for a user outside their workspaces lies under this prefix. */
    public static String userPrefix(UUID userId) {
        return "users/" + userId + "/";
    }

    static String objectKey(UUID userId, UUID exportId) {
        return userPrefix(userId) + "exports/" + exportId + ".zip";
    }

    public void run(UUID userId, UUID exportId) {
        Path zip = null;
        try {
            var plan = steps.begin(userId, exportId);
            if (plan.isEmpty()) {
                return;
            }
            zip = Files.createTempFile("mitpo-export-", ".zip");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            int[] reported = {0};
            int files;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(zip), sha)) {
                files = ExportArchive.write(out, plan.get().header(), schema(), plan.get().entries(),
                        key -> store.open(key, -1, -1), percent -> {
                            if (percent - reported[0] >= STEP && percent < 100) {
                                reported[0] = percent;
                                steps.advanced(userId, exportId, percent);
                            }
                        });
            }
            String key = objectKey(userId, exportId);
            store.put(key, zip, "application/zip");
            if (!steps.ready(userId, exportId, key, Files.size(zip), HexFormat.of().formatHex(sha.digest()), files)) {
                store.delete(key);
            }
        } catch (IOException | NoSuchAlgorithmException | RuntimeException failure) {
            LOG.log(Level.SEVERE, "data export " + exportId + " failed", failure);
            steps.failed(userId, exportId, FAILED);
        } finally {
            if (zip != null) {
                try {
                    Files.deleteIfExists(zip);
                } catch (IOException e) {
                    LOG.warning(() -> "could not remove " + e.getMessage());
                }
            }
        }
    }

    private static byte[] schema() {
        try (InputStream in = ExportJob.class.getResourceAsStream("/com/mitpo/account/export-manifest.schema.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
