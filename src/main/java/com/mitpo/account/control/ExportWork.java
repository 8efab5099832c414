package com.mitpo.account.control;

import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.storage.ObjectStore;
import com.mitpo.platform.work.WorkHandler;
import com.mitpo.platform.work.WorkLease;
import com.mitpo.platform.work.WorkOutcome;
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
import java.util.logging.Logger;

/**
 * A data export's way from requested to ready, as the user's own work on the engine (it spans
 * all their workspaces): gather the parts, write the zip to a temporary file (streaming the
 * stored files, never the whole export in memory), store it in the bucket under the user's
 * prefix, record it. Taken over after its node died, it starts again; a failure is shown from
 * the work's outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportWork implements WorkHandler {

    public static final String KIND = "data-export";
    private static final Logger LOG = Logger.getLogger(ExportWork.class.getName());
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

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkOutcome perform(WorkLease lease) {
        UUID userId = lease.actor().userId();
        UUID exportId = lease.subjectId();
        var plan = steps.begin(userId, exportId);
        if (plan.isEmpty()) {
            return WorkOutcome.gone();
        }
        Path zip = null;
        try {
            zip = Files.createTempFile("mitpo-export-", ".zip");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            int[] reported = {0};
            boolean[] lost = {false};
            int files;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(zip), sha)) {
                files = ExportArchive.write(out, plan.get().header(), schema(), plan.get().entries(),
                        key -> store.open(key, -1, -1), percent -> {
                            if (percent - reported[0] >= STEP && percent < 100 && !lost[0]) {
                                reported[0] = percent;
                                lost[0] = !lease.progress(percent);
                            }
                        });
            }
            if (lost[0]) {
                return WorkOutcome.gone(); // another worker has it now and writes its own zip
            }
            String key = objectKey(userId, exportId);
            store.put(key, zip, "application/zip");
            if (!steps.ready(userId, exportId, key, Files.size(zip), HexFormat.of().formatHex(sha.digest()), files)) {
                store.delete(key);
            }
            return WorkOutcome.done();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the engine records it as INTERNAL and fails the export
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            delete(zip);
        }
    }

    @Override
    public void failed(Actor actor, UUID exportId, WorkOutcome outcome) {
        steps.failed(actor.userId(), exportId);
    }

    private static void delete(Path zip) {
        if (zip != null) {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                LOG.warning(() -> "could not remove " + e.getMessage());
            }
        }
    }

    private static byte[] schema() {
        try (InputStream in = ExportWork.class.getResourceAsStream("/com/mitpo/account/export-manifest.schema.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
