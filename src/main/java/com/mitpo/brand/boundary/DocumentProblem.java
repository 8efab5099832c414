package com.mitpo.brand.boundary;

/** Why an uploaded document is refused (nothing is stored then). */
public enum DocumentProblem {
    EMPTY, TOO_LARGE, UNSUPPORTED_TYPE, UNREADABLE, EXPANDS_TOO_MUCH, NO_TEXT
}
