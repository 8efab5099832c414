package com.mitpo.brand.boundary;

import com.mitpo.brand.control.DocumentFiles;
import com.mitpo.brand.entity.BrandDocument;

/** An accepted document, or why it was refused (nothing is stored then). */
public record UploadResult(BrandDocument document, DocumentFiles.Problem problem) {

    static UploadResult refused(DocumentFiles.Problem problem) {
        return new UploadResult(null, problem);
    }
}
