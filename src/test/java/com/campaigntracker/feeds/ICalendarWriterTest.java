package com.campaigntracker.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The hand-written iCalendar's lines: escaping of TEXT, folding at 75 octets of UTF-8, CRLF, VTIMEZONE. */
class ICalendarWriterTest {

    @Test
    void text_escapes_backslash_semicolon_comma_and_every_line_break() {
        assertThat(ICalendarWriter.escape("a,b;c\\d\ne\r\nf\rg")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf\\ng");
        assertThat(ICalendarWriter.escape("tab\there\u0007bell")).isEqualTo("tab\there" + "bell");
        assertThat(ICalendarWriter.escape(null)).isEmpty();
        assertThat(new ICalendarWriter().text("SUMMARY", "上线, 准备; 完成").toString())
                .isEqualTo("SUMMARY:上线\\, 准备\\; 完成\r\n");
    }

    @Test
    void a_short_line_is_left_whole_with_crlf() {
        assertThat(ICalendarWriter.fold("VERSION:2.0")).isEqualTo("VERSION:2.0\r\n");
        String exactly75 = "X:" + "a".repeat(73);
        assertThat(ICalendarWriter.fold(exactly75)).isEqualTo(exactly75 + "\r\n");
        assertThat(ICalendarWriter.fold(exactly75 + "b")).isEqualTo(exactly75 + "\r\n b\r\n");
    }

    @Test
    void long_chinese_lines_fold_at_75_octets_without_splitting_a_character() throws Exception {
        String value = "SUMMARY:" + "新品上市推广活动的线下门店物料设计与制作".repeat(8) + "😀🎉 end";
        String folded = ICalendarWriter.fold(value);
        assertThat(folded).endsWith("\r\n");
        String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertThat(lines.length).isGreaterThan(5);
        for (int i = 0; i < lines.length; i++) {
            byte[] bytes = lines[i].getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).as("line %d", i).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
            // each physical line is whole UTF-8 by itself: no character cut in two
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            assertThat(lines[i]).doesNotContain("\uFFFD");
        }
        // a full line of 3-octet characters after the leading space holds 24 of them (73 octets)
        assertThat(lines[1].getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(73);
        assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(value);
    }

    @Test
    void a_zone_without_daylight_saving_is_one_standard_part() {
        String tz = new ICalendarWriter().timeZone(ZoneId.of("Asia/Shanghai"), Instant.parse("2026-12-06T00:00:00Z"))
                .toString();
        assertThat(tz).isEqualTo("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                + "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
    }

    @Test
    void a_zone_with_daylight_saving_gives_its_yearly_rules() {
        String berlin = new ICalendarWriter().timeZone(ZoneId.of("Europe/Berlin"), Instant.parse("2026-12-06T00:00:00Z"))
                .toString();
        assertThat(berlin).contains("BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT")
                .contains("BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                        + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD");
        String newYork = new ICalendarWriter().timeZone(ZoneId.of("America/New_York"), Instant.parse("2026-12-06T00:00:00Z"))
                .toString();
        assertThat(newYork).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU").contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
                .contains("TZOFFSETFROM:-0500");
    }
}
