package com.mitpo.platform.web;

import java.util.Locale;

/**
 * How large a request body may be, decided from the path and the declared type before a byte
 * of it is read: JSON calls are small, uploads may be as large as the largest file MITPO takes,
 * and any other form post sits in between. The container's own ceiling (domain-config) is far
 * above these and only a backstop.
 */
public final class BodyLimit {

    public static final long API = 64 * 1024;
    public static final long FORM = 1024 * 1024;
    /** Room for the multipart framing and the form's other fields around one file. */
    static final long UPLOAD_OVERHEAD = 1024 * 1024;

    private BodyLimit() {
    }

    /** The most bytes a body sent to {@code path} with {@code contentType} may have. */
    public static long of(String path, String contentType, long largestUpload) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (path.startsWith("/api/")) {
            return API;
        }
        if (type.startsWith("multipart/form-data")) {
            return largestUpload + UPLOAD_OVERHEAD;
        }
        return FORM;
    }
}
