package com.mitpo.account.web;

import com.mitpo.account.entity.DataExport;
import com.mitpo.platform.text.Sizes;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** The latest data export as the settings page shows it. */
public record ExportRow(UUID id, DataExport.Status status, int progress, String size, int files, String expires,
        String error) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static ExportRow of(DataExport e) {
        return new ExportRow(e.getId(), e.getStatus(), e.getProgress(), Sizes.shown(e.getSizeBytes()), e.getFiles(),
                e.getExpiresAt() == null ? "" : DAY.format(e.getExpiresAt()), e.getError());
    }

    public boolean busy() {
        return status == DataExport.Status.QUEUED || status == DataExport.Status.RUNNING;
    }

    public boolean ready() {
        return status == DataExport.Status.READY;
    }

    public boolean failed() {
        return status == DataExport.Status.FAILED;
    }

    public int getProgress() {
        return progress;
    }

    public String getSize() {
        return size;
    }

    public int getFiles() {
        return files;
    }

    public String getExpires() {
        return expires;
    }

    public String getError() {
        return error;
    }

    public boolean isBusy() {
        return busy();
    }

    public boolean isReady() {
        return ready();
    }

    public boolean isFailed() {
        return failed();
    }
}
