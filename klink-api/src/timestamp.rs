//! Timestamps that survive a round trip unchanged, in every layout the
//! K-LINK API writes.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Offset, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant, together with the way it was written.
///
/// The API writes timestamps in several layouts, sometimes within one
/// payload, and `Timestamp` reads all of them and writes each back exactly
/// as it came:
///
/// - RFC 3339 with any number of fractional digits up to nine, trailing
///   zeros included (`2026-02-20T11:46:31.61603869Z`,
///   `2026-01-09T03:42:38.000000Z`), and any offset (`Z`, `z`, `+07:00`,
///   `-00:00`);
/// - CxLog's layout, with a space between date and time and an offset of
///   hours only (`2026-03-30 08:30:00.000+00`, `2026-03-30 09:15:20+00`).
///
/// More than nine fractional digits (finer than a nanosecond) are rejected
/// rather than rounded, since they could not be written back.
///
/// A timestamp made in Rust ([`Timestamp::now`], or from a chrono
/// `DateTime<Utc>`) is written in UTC as RFC 3339 with trailing fractional
/// zeros dropped, the way the server writes its own.
///
/// Comparison, ordering and hashing look at the instant only: two
/// timestamps are equal when they name the same instant, however each is
/// written.
///
/// ```
/// use klink_api::Timestamp;
///
/// for text in [
///     "2026-02-20T11:46:31.61603869Z",
///     "2026-01-09T03:42:38.000000Z",
///     "2026-03-30 08:30:00.000+00",
///     "2026-02-20T13:46:31+02:00",
/// ] {
///     let t: Timestamp = text.parse()?;
///     assert_eq!(t.to_string(), text);
/// }
///
/// let cx_log: Timestamp = "2026-03-30 08:30:00.000+00".parse()?;
/// let rfc_3339: Timestamp = "2026-03-30T08:30:00Z".parse()?;
/// assert_eq!(cx_log, rfc_3339, "the same instant");
/// # Ok::<(), klink_api::ParseTimestampError>(())
/// ```
#[derive(Clone, Copy)]
pub struct Timestamp {
    instant: DateTime<Utc>,
    layout: Layout,
}

/// How a timestamp is written, apart from the instant itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Layout {
    /// `T`, `t` or a space.
    separator: u8,
    /// The number of fractional digits written, or `None` for as many as
    /// the value needs (none for whole seconds).
    fraction_digits: Option<u8>,
    /// The offset the date and time are written in, in seconds east of UTC.
    offset_seconds: i32,
    /// The offset as written (`Z`, `+00`, `-05:30`, ...), at most 6 bytes.
    suffix: [u8; 6],
    suffix_len: u8,
}

impl Layout {
    /// UTC as RFC 3339, with the digits the value needs: the server's
    /// layout, used for timestamps made in Rust.
    const CANONICAL: Self = Self {
        separator: b'T',
        fraction_digits: None,
        offset_seconds: 0,
        suffix: *b"Z\0\0\0\0\0",
        suffix_len: 1,
    };

    fn suffix(&self) -> &str {
        // Only ASCII bytes from a `&str` or from `offset_suffix` get here.
        std::str::from_utf8(&self.suffix[..usize::from(self.suffix_len)]).unwrap_or("Z")
    }
}

impl Timestamp {
    /// The current time.
    pub fn now() -> Self {
        Self::from(DateTime::<Utc>::from(std::time::SystemTime::now()))
    }

    /// The instant as a chrono `DateTime` in UTC.
    pub fn as_datetime(&self) -> &DateTime<Utc> {
        &self.instant
    }

    /// The instant in the offset it was written in (UTC for timestamps
    /// made in Rust).
    pub fn to_fixed_offset(&self) -> DateTime<FixedOffset> {
        self.instant.with_timezone(&self.offset())
    }

    fn offset(&self) -> FixedOffset {
        // Layouts only hold offsets that were checked to be under a day.
        FixedOffset::east_opt(self.layout.offset_seconds).unwrap_or_else(|| Utc.fix())
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(instant: DateTime<Utc>) -> Self {
        Self {
            instant,
            layout: Layout::CANONICAL,
        }
    }
}

/// Keeps the offset: the timestamp is written as RFC 3339 in it
/// (`+00:00` for a zero offset).
impl From<DateTime<FixedOffset>> for Timestamp {
    fn from(datetime: DateTime<FixedOffset>) -> Self {
        let offset_seconds = datetime.offset().local_minus_utc();
        let minutes = offset_seconds.unsigned_abs() / 60;
        let sign = if offset_seconds < 0 { '-' } else { '+' };
        let text = format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60);
        let mut suffix = [0; 6];
        suffix.copy_from_slice(text.as_bytes());
        Self {
            instant: datetime.with_timezone(&Utc),
            layout: Layout {
                offset_seconds,
                suffix,
                suffix_len: 6,
                ..Layout::CANONICAL
            },
        }
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(timestamp: Timestamp) -> Self {
        timestamp.instant
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.instant == other.instant
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.instant.cmp(&other.instant)
    }
}

impl Hash for Timestamp {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.instant.hash(state);
    }
}

/// A string that is not a timestamp in a layout [`Timestamp`] reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseTimestampError {
    expected: &'static str,
    at: usize,
}

impl fmt::Display for ParseTimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {} at byte {}", self.expected, self.at)
    }
}

impl std::error::Error for ParseTimestampError {}

/// Reads `YYYY-MM-DD(T|t| )hh:mm:ss[.f{1,9}](Z|z|±hh:mm|±hh)` and nothing
/// else, remembering the layout.
impl FromStr for Timestamp {
    type Err = ParseTimestampError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut input = Cursor {
            bytes: s.as_bytes(),
            at: 0,
        };
        let (year, month, day, separator, hour, minute, second) = match fixed_fields(s.as_bytes()) {
            Some(fields) => {
                input.at = TIME_END;
                fields
            }
            // Read again byte by byte, for the error that says where.
            None => input.fixed_fields()?,
        };
        let (nanos, fraction_digits) = input.fraction()?;
        let offset_at = input.at;
        let offset_seconds = input.offset()?;
        if input.at != s.len() {
            return Err(input.error("the end after the offset"));
        }

        let invalid = |expected, at| ParseTimestampError { expected, at };
        let date = NaiveDate::from_ymd_opt(year as i32, month, day)
            .ok_or_else(|| invalid("a date that exists", DATE_END))?;
        // chrono writes a leap second as second 59 plus a whole second of
        // nanoseconds.
        let (second, nanos) = if second == 60 {
            (59, nanos + 1_000_000_000)
        } else {
            (second, nanos)
        };
        let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)
            .ok_or_else(|| invalid("a time of day that exists", TIME_END))?;
        let offset = FixedOffset::east_opt(offset_seconds)
            .ok_or_else(|| invalid("an offset under 24 hours", offset_at))?;
        // A fixed offset maps each local time to one instant; subtracting
        // it directly skips chrono's general time-zone path.
        let instant = date
            .and_time(time)
            .checked_sub_offset(offset)
            .ok_or_else(|| invalid("a representable instant", 0))?
            .and_utc();

        let written = &s.as_bytes()[offset_at..];
        let mut suffix = [0; 6];
        // At most six bytes (`+hh:mm`): a loop, not a call to `memcpy`.
        for (slot, byte) in suffix.iter_mut().zip(written) {
            *slot = *byte;
        }
        Ok(Self {
            instant,
            layout: Layout {
                separator,
                fraction_digits: Some(fraction_digits),
                offset_seconds,
                suffix,
                suffix_len: written.len() as u8,
            },
        })
    }
}

/// Where the date and the seconds end: every layout starts with
/// `YYYY-MM-DD?hh:mm:ss`.
const DATE_END: usize = 10;
const TIME_END: usize = 19;

/// Year, month, day, separator, hours, minutes, seconds.
type Fields = (u32, u32, u32, u8, u32, u32, u32);

/// The fields of a well-formed `YYYY-MM-DD?hh:mm:ss` prefix, read at
/// fixed places; `None` for anything else, which [`Cursor::fixed_fields`]
/// reads again to say what is wrong where. Four timestamps come in every
/// message, and the byte-by-byte reading cost twice as much.
#[inline]
fn fixed_fields(bytes: &[u8]) -> Option<Fields> {
    let prefix: &[u8; TIME_END] = bytes.get(..TIME_END)?.try_into().ok()?;
    let punctuated = prefix[4] == b'-'
        && prefix[7] == b'-'
        && matches!(prefix[DATE_END], b'T' | b't' | b' ')
        && prefix[13] == b':'
        && prefix[16] == b':';
    let digit = |at: usize| u32::from(prefix[at].wrapping_sub(b'0'));
    let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
    if !punctuated || digits.iter().any(|&at| digit(at) > 9) {
        return None;
    }
    let two = |at: usize| digit(at) * 10 + digit(at + 1);
    Some((
        two(0) * 100 + two(2),
        two(5),
        two(8),
        prefix[DATE_END],
        two(11),
        two(14),
        two(17),
    ))
}

/// A position in the text being parsed.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn error(&self, expected: &'static str) -> ParseTimestampError {
        ParseTimestampError {
            expected,
            at: self.at,
        }
    }

    /// `YYYY-MM-DD?hh:mm:ss`, byte by byte: the error names the first
    /// byte that does not fit.
    fn fixed_fields(&mut self) -> Result<Fields, ParseTimestampError> {
        let year = self.digits(4, "a four-digit year")?;
        self.byte(b'-', "`-` after the year")?;
        let month = self.digits(2, "a two-digit month")?;
        self.byte(b'-', "`-` after the month")?;
        let day = self.digits(2, "a two-digit day")?;
        let separator = self.one_of(b"Tt ", "`T`, `t` or a space between date and time")?;
        let hour = self.digits(2, "two-digit hours")?;
        self.byte(b':', "`:` after the hours")?;
        let minute = self.digits(2, "two-digit minutes")?;
        self.byte(b':', "`:` after the minutes")?;
        let second = self.digits(2, "two-digit seconds")?;
        Ok((year, month, day, separator, hour, minute, second))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn byte(&mut self, wanted: u8, expected: &'static str) -> Result<(), ParseTimestampError> {
        self.one_of(&[wanted], expected).map(drop)
    }

    fn one_of(&mut self, set: &[u8], expected: &'static str) -> Result<u8, ParseTimestampError> {
        match self.peek() {
            Some(b) if set.contains(&b) => {
                self.at += 1;
                Ok(b)
            }
            _ => Err(self.error(expected)),
        }
    }

    /// Exactly `count` ASCII digits; an error points at the first.
    fn digits(&mut self, count: usize, expected: &'static str) -> Result<u32, ParseTimestampError> {
        let start = self.at;
        let mut value = 0;
        for _ in 0..count {
            match self.peek() {
                Some(b @ b'0'..=b'9') => {
                    value = value * 10 + u32::from(b - b'0');
                    self.at += 1;
                }
                _ => {
                    self.at = start;
                    return Err(self.error(expected));
                }
            }
        }
        Ok(value)
    }

    /// An optional `.` and one to nine digits: the nanoseconds and the
    /// number of digits written.
    fn fraction(&mut self) -> Result<(u32, u8), ParseTimestampError> {
        if self.peek() != Some(b'.') {
            return Ok((0, 0));
        }
        self.at += 1;
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        let count = self.at - start;
        if count == 0 {
            return Err(self.error("a digit after the decimal point"));
        }
        if count > 9 {
            self.at = start + 9;
            return Err(self.error("at most nine fractional digits"));
        }
        // At most nine ASCII digits: fits a u32.
        let value = self.bytes[start..self.at]
            .iter()
            .fold(0u32, |value, digit| value * 10 + u32::from(digit - b'0'));
        const SCALE: [u32; 10] = [
            1_000_000_000,
            100_000_000,
            10_000_000,
            1_000_000,
            100_000,
            10_000,
            1_000,
            100,
            10,
            1,
        ];
        Ok((value * SCALE[count], count as u8))
    }

    /// `Z`, `z`, `±hh:mm` or `±hh`, in seconds east of UTC.
    fn offset(&mut self) -> Result<i32, ParseTimestampError> {
        let expected = "an offset: `Z`, `+hh:mm` or `+hh`";
        let sign = match self.one_of(b"Zz+-", expected)? {
            b'Z' | b'z' => return Ok(0),
            b'-' => -1,
            _ => 1,
        };
        let hours = self.digits(2, "two-digit offset hours")?;
        let minutes = if self.peek() == Some(b':') {
            self.at += 1;
            self.digits(2, "two-digit offset minutes")?
        } else {
            0
        };
        if hours > 23 || minutes > 59 {
            return Err(self.error("an offset under 24 hours"));
        }
        Ok(sign * (hours * 3600 + minutes * 60) as i32)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.render(&mut [0; RENDERED_MAX]) {
            Some(text) => f.write_str(text),
            None => self.fmt_slow(f),
        }
    }
}

/// Writes `value` as `width` decimal digits, zero-padded, at `*at`.
fn put_digits(buffer: &mut [u8], at: &mut usize, mut value: u32, width: usize) {
    for slot in buffer[*at..*at + width].iter_mut().rev() {
        *slot = b'0' + (value % 10) as u8;
        value /= 10;
    }
    *at += width;
}

/// The longest text [`Timestamp::render`] writes: a four-digit year,
/// nine fractional digits and a six-byte offset.
const RENDERED_MAX: usize = 35;

impl Timestamp {
    /// The text of the timestamp, written by hand into `buffer`: `format!`
    /// machinery cost about 3,000 instructions a timestamp, several per
    /// cent of a whole `send_message` call. `None` for a year outside
    /// 0..=9999, which [`Timestamp::fmt_slow`] writes.
    fn render<'b>(&self, buffer: &'b mut [u8; RENDERED_MAX]) -> Option<&'b str> {
        let local = self.to_fixed_offset();
        let year = u32::try_from(local.year()).ok().filter(|&y| y <= 9999)?;
        let (second, nanos) = match local.nanosecond() {
            leap @ 1_000_000_000.. => (60, leap - 1_000_000_000),
            nanos => (local.second(), nanos),
        };
        let mut at = 0;
        put_digits(buffer, &mut at, year, 4);
        let fields = [
            (b'-', local.month()),
            (b'-', local.day()),
            (self.layout.separator, local.hour()),
            (b':', local.minute()),
            (b':', second),
        ];
        for (separator, value) in fields {
            buffer[at] = separator;
            at += 1;
            put_digits(buffer, &mut at, value, 2);
        }
        let (fraction, digits) = match self.layout.fraction_digits {
            Some(digits) => {
                let digits = u32::from(digits);
                (nanos / 10u32.pow(9 - digits), digits)
            }
            None if nanos == 0 => (0, 0),
            None => {
                // The digits the value needs: trailing zeros dropped.
                let (mut fraction, mut digits) = (nanos, 9);
                while fraction % 10 == 0 {
                    fraction /= 10;
                    digits -= 1;
                }
                (fraction, digits)
            }
        };
        if digits > 0 {
            buffer[at] = b'.';
            at += 1;
            put_digits(buffer, &mut at, fraction, digits as usize);
        }
        let suffix = self.layout.suffix().as_bytes();
        buffer[at..at + suffix.len()].copy_from_slice(suffix);
        at += suffix.len();
        std::str::from_utf8(&buffer[..at]).ok()
    }

    /// [`Display`](fmt::Display) through `format!`, for any year (and the
    /// reference the fast path is tested against).
    fn fmt_slow(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = self.to_fixed_offset();
        let (second, nanos) = match local.nanosecond() {
            leap @ 1_000_000_000.. => (60, leap - 1_000_000_000),
            nanos => (local.second(), nanos),
        };
        write!(
            f,
            "{:04}-{:02}-{:02}{}{:02}:{:02}:{second:02}",
            local.year(),
            local.month(),
            local.day(),
            char::from(self.layout.separator),
            local.hour(),
            local.minute(),
        )?;
        match self.layout.fraction_digits {
            Some(0) => {}
            Some(digits) => {
                let digits = u32::from(digits);
                let fraction = nanos / 10u32.pow(9 - digits);
                write!(f, ".{fraction:0width$}", width = digits as usize)?;
            }
            None if nanos == 0 => {}
            None => {
                let digits = format!("{nanos:09}");
                write!(f, ".{}", digits.trim_end_matches('0'))?;
            }
        }
        f.write_str(self.layout.suffix())
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({self})")
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.render(&mut [0; RENDERED_MAX]) {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a timestamp (RFC 3339, or `YYYY-MM-DD hh:mm:ss+hh`)")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Timestamp, E> {
                s.parse()
                    .map_err(|e| E::custom(format_args!("invalid timestamp {s:?}: {e}")))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use chrono::TimeZone;

    use super::*;

    fn parse(text: &str) -> Timestamp {
        text.parse()
            .unwrap_or_else(|e| panic!("{text:?} does not parse: {e}"))
    }

    /// Every layout the docs show, and the RFC 3339 variants around them.
    const WRITTEN_BACK_UNCHANGED: &[&str] = &[
        "2026-01-08T04:42:59.028Z",       // milliseconds (Category, CxLog)
        "2026-01-08T16:34:34.542193005Z", // nine digits (Send message)
        "2026-02-20T11:46:31.61603869Z",  // eight digits
        "2026-01-09T03:42:38.000000Z",    // six zeros (webhooks)
        "2026-03-30T09:15:25.000Z",       // trailing zeros (CxLog)
        "2026-03-30 08:30:00.000+00",     // CxLog startedDate
        "2026-03-30 09:15:20+00",         // CxLog closedAt
        "2026-02-20T11:46:31Z",           // no fraction
        "2026-02-20T11:46:31.5Z",         // one digit
        "2026-02-20T13:46:31+02:00",      // offset
        "2026-02-20T06:16:31.100-05:30",  // negative, half hour
        "2026-02-20T11:46:31-00:00",      // unknown local offset
        "2026-02-20t11:46:31z",           // lower case
        "2026-02-20 18:46:31.0+07",       // space, hours-only offset
        "1990-12-31T23:59:60Z",           // leap second
        "0001-01-01T00:00:00Z",           // smallest year
        "9999-12-31T23:59:59.999999999Z", // largest
    ];

    #[test]
    fn every_layout_is_written_back_unchanged() {
        for text in WRITTEN_BACK_UNCHANGED {
            assert_eq!(parse(text).to_string(), *text);
            let json = serde_json::to_string(text).unwrap();
            let decoded: Timestamp = serde_json::from_str(&json).unwrap();
            assert_eq!(serde_json::to_string(&decoded).unwrap(), json);
        }
    }

    /// The hand-written renderer writes what `format!` writes.
    #[test]
    fn the_fast_renderer_matches_the_formatting_one() {
        let slow = |t: &Timestamp| {
            struct Slow<'a>(&'a Timestamp);
            impl fmt::Display for Slow<'_> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt_slow(f)
                }
            }
            Slow(t).to_string()
        };
        let mut timestamps: Vec<Timestamp> =
            WRITTEN_BACK_UNCHANGED.iter().map(|t| parse(t)).collect();
        for nanos in [0, 1, 10, 120_000_000, 999_999_999, 500, 1_500_000_000] {
            let made = Utc.with_ymd_and_hms(2026, 3, 30, 8, 30, 0).unwrap()
                + chrono::Duration::nanoseconds(nanos);
            timestamps.push(Timestamp::from(made));
        }
        for t in &timestamps {
            let fast = t.render(&mut [0; RENDERED_MAX]).map(str::to_owned);
            assert_eq!(fast, Some(slow(t)));
        }
        // Years past 9999 take the formatting path.
        let far = Timestamp::from(Utc.with_ymd_and_hms(12026, 1, 2, 3, 4, 5).unwrap());
        assert!(far.render(&mut [0; RENDERED_MAX]).is_none());
        assert_eq!(far.to_string(), "12026-01-02T03:04:05Z");
        assert_eq!(
            serde_json::to_string(&far).unwrap(),
            "\"12026-01-02T03:04:05Z\""
        );
    }

    #[test]
    fn the_instant_is_read_correctly() {
        let expected = Utc.with_ymd_and_hms(2026, 3, 30, 8, 30, 0).unwrap();
        for text in [
            "2026-03-30 08:30:00.000+00",
            "2026-03-30T08:30:00Z",
            "2026-03-30T10:30:00+02:00",
            "2026-03-30T03:00:00.000000-05:30",
            "2026-03-30 15:30:00+07",
        ] {
            assert_eq!(*parse(text).as_datetime(), expected, "{text}");
        }
        let precise = parse("2026-02-20T11:46:31.61603869Z");
        assert_eq!(precise.as_datetime().nanosecond(), 616_038_690);
        assert_eq!(
            parse("2026-02-20T11:46:31.5Z").as_datetime().nanosecond(),
            500_000_000
        );
    }

    #[test]
    fn equality_ordering_and_hashing_follow_the_instant() {
        let cx_log = parse("2026-03-30 08:30:00.000+00");
        let rfc = parse("2026-03-30T10:30:00+02:00");
        assert_eq!(cx_log, rfc);
        assert_ne!(cx_log.to_string(), rfc.to_string());
        assert_eq!(HashSet::from([cx_log, rfc]).len(), 1);
        let later = parse("2026-03-30T08:30:00.001Z");
        assert!(cx_log < later);
        assert_eq!(later.cmp(&cx_log), Ordering::Greater);
    }

    #[test]
    fn timestamps_made_in_rust_use_the_servers_layout() {
        let instant = Utc.with_ymd_and_hms(2026, 2, 20, 11, 46, 31).unwrap()
            + chrono::Duration::nanoseconds(616_038_690);
        assert_eq!(
            Timestamp::from(instant).to_string(),
            "2026-02-20T11:46:31.61603869Z"
        );
        let whole = Utc.with_ymd_and_hms(2026, 2, 20, 11, 46, 31).unwrap();
        assert_eq!(Timestamp::from(whole).to_string(), "2026-02-20T11:46:31Z");
        let now = Timestamp::now();
        assert_eq!(parse(&now.to_string()), now);
        assert!(now.to_string().ends_with('Z'));
    }

    #[test]
    fn chrono_conversions_keep_the_instant_and_the_offset() {
        let bangkok = FixedOffset::east_opt(7 * 3600).unwrap();
        let local = bangkok.with_ymd_and_hms(2025, 4, 1, 0, 0, 0).unwrap();
        let t = Timestamp::from(local);
        assert_eq!(t.to_string(), "2025-04-01T00:00:00+07:00");
        assert_eq!(t.to_fixed_offset(), local);
        let utc: DateTime<Utc> = t.into();
        assert_eq!(utc, Utc.with_ymd_and_hms(2025, 3, 31, 17, 0, 0).unwrap());
        assert_eq!(Timestamp::from(utc), t);
        let behind = FixedOffset::west_opt(5 * 3600 + 1800).unwrap();
        let t = Timestamp::from(behind.with_ymd_and_hms(2025, 4, 1, 0, 0, 0).unwrap());
        assert_eq!(t.to_string(), "2025-04-01T00:00:00-05:30");
        assert_eq!(
            parse("2026-03-30 08:30:00+07").to_fixed_offset().offset(),
            &bangkok
        );
    }

    #[test]
    fn the_fixed_place_reading_agrees_with_the_byte_by_byte_one() {
        let good = *b"2026-02-20T11:46:31";
        let mut texts = vec![good.to_vec(), good[..18].to_vec(), Vec::new()];
        for at in 0..good.len() {
            for byte in [b'0', b'9', b'/', b':', b'-', b'T', b't', b' ', b'a', 0xff] {
                let mut text = good.to_vec();
                text[at] = byte;
                texts.push(text);
            }
        }
        for text in texts {
            let mut cursor = Cursor {
                bytes: &text,
                at: 0,
            };
            let slow = cursor.fixed_fields().ok();
            assert_eq!(fixed_fields(&text), slow, "{:?}", text.escape_ascii());
        }
    }

    #[test]
    fn junk_is_rejected_with_the_place_it_went_wrong() {
        let cases: &[(&str, &str, usize)] = &[
            ("", "a four-digit year", 0),
            ("not a date", "a four-digit year", 0),
            (
                "2026-02-20",
                "`T`, `t` or a space between date and time",
                10,
            ),
            (
                "2026-02-20T11:46:31",
                "an offset: `Z`, `+hh:mm` or `+hh`",
                19,
            ),
            ("2026-02-20T11:46Z", "`:` after the minutes", 16),
            ("2026-2-20T11:46:31Z", "a two-digit month", 5),
            (
                "2026-02-20_11:46:31Z",
                "`T`, `t` or a space between date and time",
                10,
            ),
            (
                "2026-02-20T11:46:31.Z",
                "a digit after the decimal point",
                20,
            ),
            (
                "2026-02-20T11:46:31.1234567890Z",
                "at most nine fractional digits",
                29,
            ),
            ("2026-02-20T11:46:31+0530", "the end after the offset", 22),
            ("2026-02-20T11:46:31+5", "two-digit offset hours", 20),
            ("2026-02-20T11:46:31+05:3", "two-digit offset minutes", 23),
            ("2026-02-20T11:46:31+24:00", "an offset under 24 hours", 25),
            ("2026-02-20T11:46:31+05:60", "an offset under 24 hours", 25),
            ("2026-02-20T11:46:31Z ", "the end after the offset", 20),
            (" 2026-02-20T11:46:31Z", "a four-digit year", 0),
            ("2026-02-30T11:46:31Z", "a date that exists", 10),
            ("2026-13-01T11:46:31Z", "a date that exists", 10),
            ("2026-02-20T24:00:00Z", "a time of day that exists", 19),
            ("2026-02-20T11:61:00Z", "a time of day that exists", 19),
            ("2026-02-20T11:46:61Z", "a time of day that exists", 19),
            ("２026-02-20T11:46:31Z", "a four-digit year", 0),
            (
                "2026-02-20T11:46:31+05:30extra",
                "the end after the offset",
                25,
            ),
        ];
        for (text, expected, at) in cases {
            let error = text.parse::<Timestamp>().unwrap_err();
            assert_eq!(error, ParseTimestampError { expected, at: *at }, "{text:?}");
        }
        let error = serde_json::from_str::<Timestamp>(r#""2026-02-20""#).unwrap_err();
        assert!(
            error.to_string().starts_with(
                r#"invalid timestamp "2026-02-20": expected `T`, `t` or a space between date and time at byte 10"#
            ),
            "{error}"
        );
        assert!(serde_json::from_str::<Timestamp>("1767225600").is_err());
        assert!(serde_json::from_str::<Timestamp>("null").is_err());
    }
}
