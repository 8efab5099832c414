package com.mitpo.account.web;

import com.mitpo.account.entity.DataExport;
import com.mitpo.platform.text.Sizes;
import com.mitpo.platform.text.Times;
import com.mitpo.platform.web.Messages;
import com.mitpo.platform.work.WorkState;
import java.io.Serializable;
import java.util.UUID;

/** The latest data export as the settings page shows it, with how its work stands (the engine's record). */
public record ExportRow(UUID id, DataExport.Status status, int progress, String size, int files, String expires,
        String error) implements Serializable {

    static ExportRow of(DataExport e, WorkState work) {
        return new ExportRow(e.getId(), e.getStatus(), work.progress(), Sizes.shown(e.getSizeBytes()), e.getFiles(),
                Times.shown(e.getExpiresAt()),
                work.failed() ? Messages.format("settings.export.error." + work.outcomeCode(), work.arguments()) : null);
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
        return status == DataExport.Status.QUEUED || status == DataExport.Status.RUNNING;
    }

    public boolean isReady() {
        return status == DataExport.Status.READY;
    }

    public boolean isFailed() {
        return status == DataExport.Status.FAILED;
    }
}
