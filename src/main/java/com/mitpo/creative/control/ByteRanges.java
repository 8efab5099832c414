package com.mitpo.creative.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code Range} request header (RFC 9110 §14) against an asset of known length and says
 * how to answer: the whole asset (200), one part of it (206), or a refusal (416). Video and
 * audio players seek with single ranges, which is all this serves.
 *
 * <p>The policy, rule by rule:
 * <ul>
 * <li>No header, a unit other than {@code bytes} (compared case-insensitively, §14.1), or a
 * ranges-specifier that breaks the grammar of §14.1.1 → {@link Kind#NONE}: the whole asset.
 * A server MUST ignore a unit it does not understand and MAY ignore an invalid specifier
 * (§14.2); sending everything is never wrong. Invalid includes an int-range whose last-pos is
 * below its first-pos (§14.1.1), whitespace inside a range, and numbers too large for a
 * {@code long} (no real asset is that long, so such a header is a broken or hostile client).
 * Whitespace is tolerated around the list commas, where the grammar allows it, and around the
 * "=", where it does not but means nothing else; empty list elements are skipped (§5.6.1.2).</li>
 * <li>One satisfiable range → {@link Kind#PARTIAL}, its end clipped to the last byte: an
 * open {@code 500-} or a last-pos past the end means "to the end", a suffix {@code -500}
 * longer than the asset means the whole asset (§14.1.2).</li>
 * <li>Nothing satisfiable → {@link Kind#UNSATISFIABLE}, 416 with {@code Content-Range: bytes
 * *&#47;length} (§15.5.17). A range is satisfiable when its first-pos is below the length, or
 * when it is a suffix range with a non-zero length (§14.1.1). So every {@code first-}
 * range of an empty asset is unsatisfiable; a suffix range of an empty asset is, by that
 * rule, satisfiable yet names no byte, so it gets the whole (empty) asset with a 200.</li>
 * <li>Two to {@value #MAX_RANGES} ranges, valid and at least one satisfiable → {@link Kind#NONE}:
 * the whole asset with a 200, which §14.2 allows (a server MAY ignore Range), rather than a
 * multipart/byteranges body no player here asks for. Overlapping or unordered ranges cost
 * nothing then: the asset is sent once.</li>
 * <li>More than {@value #MAX_RANGES} ranges → {@link Kind#TOO_MANY}, refused with 416: §14.2
 * lets a server reject a Range that looks like a denial-of-service attempt, and §15.5.17
 * names an excessive number of ranges as a reason for 416. They are counted before any is
 * read, so a long header costs no more than splitting it.</li>
 * </ul>
 * Whether the header applies at all (GET only; {@code If-Range} matching) is the caller's
 * business, before calling {@link #parse}.
 */
public final class ByteRanges {

    /** Above this many ranges the request is refused rather than answered with the whole asset. */
    public static final int MAX_RANGES = 8;

    /** How to answer. */
    public enum Kind {
        /** Send the whole asset, 200. */
        NONE,
        /** Send bytes {@code start..end} (inclusive), 206. */
        PARTIAL,
        /** No range overlaps the asset, 416. */
        UNSATISFIABLE,
        /** More ranges than {@link #MAX_RANGES}, 416. */
        TOO_MANY
    }

    /**
     * The answer for an asset of {@code length} bytes; {@code start} and {@code end} (inclusive)
     * are meaningful for {@link Kind#PARTIAL} only, and are 0 and length - 1 otherwise.
     */
    public record Result(Kind kind, long start, long end, long length) {

        public int status() {
            return switch (kind) {
                case NONE -> 200;
                case PARTIAL -> 206;
                case UNSATISFIABLE, TOO_MANY -> 416;
            };
        }

        /** How many bytes the body carries. */
        public long contentLength() {
            return switch (kind) {
                case NONE -> length;
                case PARTIAL -> end - start + 1;
                case UNSATISFIABLE, TOO_MANY -> 0;
            };
        }

        /** The Content-Range header of a 206 or 416; a 200 has none. */
        public String contentRange() {
            return switch (kind) {
                case PARTIAL -> "bytes " + start + "-" + end + "/" + length;
                case UNSATISFIABLE, TOO_MANY -> "bytes */" + length;
                case NONE -> throw new IllegalStateException("a whole-asset response has no Content-Range");
            };
        }
    }

    /** range-unit "=" range-set, the unit being a token (§14.1); spaces around the "=" are tolerated. */
    private static final Pattern SPECIFIER = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \\t]*=[ \\t]*(.*)", Pattern.DOTALL);
    /** int-range (first-pos "-" [last-pos]) or suffix-range ("-" suffix-length), §14.1.2. */
    private static final Pattern RANGE_SPEC = Pattern.compile("([0-9]*)-([0-9]*)");
    /** OWS is space or horizontal tab (§5.6.3). */
    private static final Pattern LIST_COMMA = Pattern.compile("[ \\t]*,[ \\t]*");
    private static final long ABSENT = -1;
    private static final long TOO_LARGE = -2;

    private ByteRanges() {
    }

    /** How to answer a request with this Range header (null when absent) for an asset of this length. */
    public static Result parse(String header, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("length " + length);
        }
        Result whole = new Result(Kind.NONE, 0, length - 1, length);
        if (header == null) {
            return whole;
        }
        Matcher specifier = SPECIFIER.matcher(strip(header));
        if (!specifier.matches() || !specifier.group(1).toLowerCase(Locale.ROOT).equals("bytes")) {
            return whole;
        }
        List<String> specs = new ArrayList<>();
        for (String element : LIST_COMMA.split(specifier.group(2), -1)) {
            if (!element.isEmpty()) {
                specs.add(element);
                if (specs.size() > MAX_RANGES) {
                    return new Result(Kind.TOO_MANY, 0, length - 1, length);
                }
            }
        }
        if (specs.isEmpty()) {
            return whole; // range-set is 1#range-spec: at least one is required
        }
        List<Result> satisfiable = new ArrayList<>();
        boolean suffixOfNothing = false;
        for (String spec : specs) {
            Matcher range = RANGE_SPEC.matcher(spec);
            if (!range.matches() || range.group(1).isEmpty() && range.group(2).isEmpty()) {
                return whole;
            }
            long first = number(range.group(1));
            long last = number(range.group(2));
            if (first == TOO_LARGE || last == TOO_LARGE) {
                return whole; // no asset is that long: a broken or hostile client
            }
            if (first == ABSENT) {
                // suffix-range: the last `last` bytes; longer than the asset means all of it
                if (last > 0 && length > 0) {
                    satisfiable.add(new Result(Kind.PARTIAL, Math.max(0, length - last), length - 1, length));
                } else if (last > 0) {
                    suffixOfNothing = true;
                }
            } else if (last != ABSENT && last < first) {
                return whole; // an invalid int-range makes the whole specifier invalid (§14.1.1)
            } else if (first < length) {
                long end = last == ABSENT ? length - 1 : Math.min(last, length - 1);
                satisfiable.add(new Result(Kind.PARTIAL, first, end, length));
            }
        }
        if (satisfiable.isEmpty()) {
            return suffixOfNothing ? whole : new Result(Kind.UNSATISFIABLE, 0, length - 1, length);
        }
        return specs.size() == 1 ? satisfiable.get(0) : whole;
    }

    /** The digits as a position, {@link #ABSENT} when there are none, {@link #TOO_LARGE} past a long. */
    private static long number(String digits) {
        if (digits.isEmpty()) {
            return ABSENT;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return TOO_LARGE;
        }
    }

    /** Field values carry no leading or trailing whitespace (§5.5); a container may leave some. */
    private static String strip(String value) {
        return value.replaceAll("^[ \\t]+|[ \\t]+$", "");
    }
}
