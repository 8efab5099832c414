package com.mitpo.creative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mitpo.creative.control.ByteRanges.Kind;
import com.mitpo.creative.control.ByteRanges.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangesTest {

    @ParameterizedTest(name = "[{index}] {0} of {1} bytes → 206 {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # header                 | length | Content-Range
            bytes=0-499               | 10000  | bytes 0-499/10000
            bytes=500-999             | 10000  | bytes 500-999/10000
            bytes=0-0                 | 10000  | bytes 0-0/10000
            bytes=9999-9999           | 10000  | bytes 9999-9999/10000
            bytes=500-                | 10000  | bytes 500-9999/10000
            bytes=0-                  | 10000  | bytes 0-9999/10000
            bytes=9999-               | 10000  | bytes 9999-9999/10000
            bytes=9500-20000          | 10000  | bytes 9500-9999/10000
            bytes=0-9223372036854775807 | 10000 | bytes 0-9999/10000
            bytes=-500                | 10000  | bytes 9500-9999/10000
            bytes=-1                  | 10000  | bytes 9999-9999/10000
            bytes=-10000              | 10000  | bytes 0-9999/10000
            bytes=-20000              | 10000  | bytes 0-9999/10000
            bytes=0-0                 | 1      | bytes 0-0/1
            bytes=-5                  | 1      | bytes 0-0/1
            bytes=00010-00019         | 100    | bytes 10-19/100
            BYTES=0-9                 | 100    | bytes 0-9/100
            Bytes=0-9                 | 100    | bytes 0-9/100
            "  bytes=0-9  "           | 100    | bytes 0-9/100
            "bytes=0-9,"              | 100    | bytes 0-9/100
            "bytes = 0-9"             | 100    | bytes 0-9/100
            "bytes=, 0-9 ,,"          | 100    | bytes 0-9/100
            "bytes=0-9 ,	"           | 100    | bytes 0-9/100
            """)
    void aSingleSatisfiableRangeIsServedClippedToTheEnd(String header, long length, String contentRange) {
        Result result = ByteRanges.parse(header, length);

        assertEquals(Kind.PARTIAL, result.kind());
        assertEquals(206, result.status());
        assertEquals(contentRange, result.contentRange());
        assertEquals(result.end() - result.start() + 1, result.contentLength());
    }

    @ParameterizedTest(name = "[{index}] {0} of {1} bytes → 416")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # header                 | length
            bytes=10000-              | 10000
            bytes=10000-10000         | 10000
            bytes=20000-30000         | 10000
            bytes=-0                  | 10000
            bytes=0-                  | 0
            bytes=0-0                 | 0
            bytes=-0                  | 0
            bytes=10000-,20000-30000  | 10000
            bytes=10000-,-0           | 10000
            """)
    void rangesThatMissTheAssetAreUnsatisfiable(String header, long length) {
        Result result = ByteRanges.parse(header, length);

        assertEquals(Kind.UNSATISFIABLE, result.kind());
        assertEquals(416, result.status());
        assertEquals("bytes */" + length, result.contentRange());
        assertEquals(0, result.contentLength());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → 200 whole")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NULL", textBlock = """
            # header, each answered with the whole 10000-byte asset
            NULL
            ""
            "   "
            items=0-9
            bytes
            bytes=
            "bytes= "
            "bytes=,"
            bytes:0-9
            "bytes= 0-9x"
            bytes=abc
            bytes=-
            bytes=--5
            bytes=5
            bytes=0-9-
            bytes=+0-9
            bytes=0x10-20
            "bytes=0 -9"
            "bytes=0- 9"
            bytes=0.5-9
            bytes=５-9
            bytes=500-499
            bytes=10-0
            bytes=0-9,10-5
            bytes=0-9;a
            bytes=99999999999999999999-
            bytes=0-99999999999999999999
            bytes=-99999999999999999999
            bytes=0-9,99999999999999999999-
            bytes=0-9,20-29
            "bytes=0-9, 20-29, 40-"
            bytes=0-9999,0-9999,0-9999,0-9999,0-9999,0-9999,0-9999,0-9999
            bytes=-1,0-0
            bytes=0-9,100000-
            """)
    void invalidOrUnservedHeadersGetTheWholeAsset(String header) {
        Result result = ByteRanges.parse(header, 10000);

        assertEquals(Kind.NONE, result.kind());
        assertEquals(200, result.status());
        assertEquals(10000, result.contentLength());
        assertThrows(IllegalStateException.class, result::contentRange);
    }

    @Test
    void aSuffixOfAnEmptyAssetIsSatisfiableButNamesNoByteSoTheEmptyWholeIsSent() {
        Result result = ByteRanges.parse("bytes=-5", 0);

        assertEquals(Kind.NONE, result.kind());
        assertEquals(0, result.contentLength());
    }

    @Test
    void eightRangesAreAnsweredWithTheWholeAssetAndNineAreRefused() {
        String eight = "bytes=0-0,2-2,4-4,6-6,8-8,10-10,12-12,14-14";

        assertEquals(Kind.NONE, ByteRanges.parse(eight, 100).kind());
        Result nine = ByteRanges.parse(eight + ",16-16", 100);
        assertEquals(Kind.TOO_MANY, nine.kind());
        assertEquals(416, nine.status());
        assertEquals("bytes */100", nine.contentRange());
        assertEquals(Kind.TOO_MANY, ByteRanges.parse("bytes=" + "0-,".repeat(10_000), 100).kind());
        assertEquals(Kind.NONE, ByteRanges.parse(eight + ",,, ,", 100).kind(), "empty list elements do not count");
    }

    @Test
    void aNegativeLengthIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ByteRanges.parse("bytes=0-1", -1));
    }
}
