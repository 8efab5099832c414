package com.mitpo.brand.boundary;

import com.mitpo.brand.control.DocumentFiles;
import com.mitpo.brand.entity.BrandDocument;

/** An accepted document, or why it was refused (nothing is stored then). */
public record UploadResult(BrandDocument document, DocumentProblem problem) {

    static UploadResult refused(DocumentProblem problem) {
        return new UploadResult(null, problem);
    }
}
