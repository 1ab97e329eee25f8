//! Finding one token in bytes however a server echoed it: as sent,
//! percent-encoded or JSON-escaped (any characters, in any mix, hex digits
//! in either case), or base64-encoded as a whole (standard or URL-safe
//! alphabet, with or without padding; its characters escaped the same ways,
//! since PHP's JSON writes `/` as `\/`).

use std::ops::Range;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};

/// One token's spellings, ready to be looked for.
#[derive(Clone)]
pub(super) struct Echoes {
    /// The token and its base64 encodings, as characters, longest first so
    /// that a padded encoding wins over its unpadded prefix.
    spellings: Vec<Box<[char]>>,
    /// Whether a match may start with a byte: a spelling's first byte, or
    /// the start of an escape. Every other byte is passed over with one
    /// lookup.
    starts: Box<[bool; 256]>,
}

impl Echoes {
    /// The echoes of `token`; `None` for an empty token.
    pub(super) fn new(token: &str) -> Option<Self> {
        if token.is_empty() {
            return None;
        }
        let bytes = token.as_bytes();
        let mut spellings: Vec<Box<[char]>> = Vec::new();
        let encoded = [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
            .map(|engine| engine.encode(bytes));
        for spelling in std::iter::once(token).chain(encoded.iter().map(String::as_str)) {
            let chars: Box<[char]> = spelling.chars().collect();
            if !spellings.contains(&chars) {
                spellings.push(chars);
            }
        }
        spellings.sort_by_key(|chars| std::cmp::Reverse(chars.len()));
        let mut starts = Box::new([false; 256]);
        starts[usize::from(b'%')] = true;
        starts[usize::from(b'\\')] = true;
        for first in spellings.iter().filter_map(|spelling| spelling.first()) {
            let mut utf8 = [0; 4];
            starts[usize::from(first.encode_utf8(&mut utf8).as_bytes()[0])] = true;
            if *first == ' ' {
                starts[usize::from(b'+')] = true;
            }
        }
        Some(Self { spellings, starts })
    }

    /// Where the first echo in `hay` is.
    pub(super) fn find(&self, hay: &[u8]) -> Option<Range<usize>> {
        hay.iter().enumerate().find_map(|(at, &byte)| {
            if !self.starts[usize::from(byte)] {
                return None;
            }
            self.spellings
                .iter()
                .find_map(|spelling| spelled_len(spelling, &hay[at..]))
                .map(|len| at..at + len)
        })
    }
}

/// The length of a spelling of `chars` at the start of `hay`, each
/// character as itself or escaped; `None` if there is none there.
///
/// Only a `%`, `\` or space in `chars` has two ways to match the same
/// bytes, so the backtracking stays shallow.
fn spelled_len(chars: &[char], hay: &[u8]) -> Option<usize> {
    let Some((&c, rest)) = chars.split_first() else {
        return Some(0);
    };
    char_lens(c, hay)
        .into_iter()
        .flatten()
        .find_map(|len| spelled_len(rest, &hay[len..]).map(|tail| len + tail))
}

/// The lengths of the ways `c` can be written at the start of `hay`: its
/// UTF-8 bytes each as itself or `%XX`; the `%XX` of a `%` (which as
/// itself would also start an escape); `+` for a space; a JSON escape.
fn char_lens(c: char, hay: &[u8]) -> [Option<usize>; 3] {
    let other = match c {
        '%' if percent_byte(hay) == Some(b'%') => Some(3),
        ' ' if hay.first() == Some(&b'+') => Some(1),
        _ => None,
    };
    [bytes_len(c, hay), other, json_escape_len(c, hay)]
}

/// `c`'s UTF-8 bytes, each as itself or percent-encoded.
fn bytes_len(c: char, hay: &[u8]) -> Option<usize> {
    let mut utf8 = [0; 4];
    let mut at = 0;
    for &byte in c.encode_utf8(&mut utf8).as_bytes() {
        if hay.get(at) == Some(&byte) {
            at += 1;
        } else if percent_byte(&hay[at..]) == Some(byte) {
            at += 3;
        } else {
            return None;
        }
    }
    Some(at)
}

/// The byte of a `%XX` at the start of `hay`.
fn percent_byte(hay: &[u8]) -> Option<u8> {
    match hay {
        [b'%', high, low, ..] => Some(hex(*high)? << 4 | hex(*low)?),
        _ => None,
    }
}

/// The length of a JSON escape of `c` at the start of `hay`: `\uXXXX`
/// (a surrogate pair beyond the BMP) or a short one such as `\/`.
fn json_escape_len(c: char, hay: &[u8]) -> Option<usize> {
    let short = match c {
        '"' => b'"',
        '\\' => b'\\',
        '/' => b'/',
        '\u{8}' => b'b',
        '\u{c}' => b'f',
        '\n' => b'n',
        '\r' => b'r',
        '\t' => b't',
        _ => 0,
    };
    if short != 0 && hay.starts_with(&[b'\\', short]) {
        return Some(2);
    }
    let mut units = [0; 2];
    let units = c.encode_utf16(&mut units);
    let mut at = 0;
    for &unit in units.iter() {
        if json_unit(&hay[at..])? != unit {
            return None;
        }
        at += 6;
    }
    Some(at)
}

/// The UTF-16 unit of a `\uXXXX` at the start of `hay`.
fn json_unit(hay: &[u8]) -> Option<u16> {
    match hay {
        [b'\\', b'u', digits @ ..] if digits.len() >= 4 => {
            digits[..4].iter().try_fold(0u16, |unit, &digit| {
                Some(unit << 4 | u16::from(hex(digit)?))
            })
        }
        _ => None,
    }
}

fn hex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(token: &str, hay: &str) -> Option<String> {
        Echoes::new(token)?
            .find(hay.as_bytes())
            .map(|range| hay[range].to_owned())
    }

    #[test]
    fn every_escape_of_every_character_is_found() {
        let token = "kpt_a/b c%d\\e\"é😀";
        for echo in [
            "kpt_a/b c%d\\e\"é😀",
            "kpt%5Fa%2Fb%20c%25d%5Ce%22%C3%A9%F0%9F%98%80",
            "kpt%5fa%2fb+c%25d%5ce%22%c3%a9%f0%9f%98%80",
            r#"kpt\u005fa\/b\u0020c\u0025d\\e\"\u00E9\ud83d\ude00"#,
            r#"\u006bpt_a\u002Fb c%d\u005ce\u0022é\uD83D\uDE00"#,
            "%6Bpt_a/b%20c%d\\e\"%C3%A9😀",
        ] {
            let hay = format!("x {echo} y");
            assert_eq!(found(token, &hay).as_deref(), Some(echo), "{hay}");
        }
    }

    #[test]
    fn near_misses_are_not_found() {
        let token = "kpt_live_0a1b";
        for hay in [
            "kpt_live_0a1c",
            "kpt_live_0a1",
            "kpt%5Glive_0a1b",
            "kpt%5live_0a1b",
            r"kpt\u005live_0a1b",
            r"kpt\x5flive_0a1b",
            "kpt%255Flive_0a1b",
            "KPT_LIVE_0A1B",
            "",
            "%",
            "\\u",
        ] {
            assert_eq!(found(token, hay), None, "{hay}");
        }
    }

    #[test]
    fn base64_is_found_whole_in_both_alphabets_with_its_padding() {
        // A token whose encodings differ in both alphabets and need padding.
        let token = "kpt_??>~~z0";
        let standard = STANDARD.encode(token);
        let url_safe = URL_SAFE.encode(token);
        assert!(standard.contains(['+', '/']) && standard.ends_with('='));
        assert_ne!(standard, url_safe);
        for echo in [
            standard.clone(),
            standard.trim_end_matches('=').to_owned(),
            url_safe.clone(),
            url_safe.trim_end_matches('=').to_owned(),
            standard.replace('/', r"\/").replace('=', "%3D"),
        ] {
            let hay = format!(r#"{{"v":"{echo}"}}"#);
            assert_eq!(found(token, &hay), Some(echo.clone()), "{hay}");
        }
        // Another token's encoding is not found.
        assert_eq!(found(token, &STANDARD.encode("kpt_??>~~z1")), None);
    }

    #[test]
    fn a_percent_sign_in_the_token_matches_either_way() {
        assert_eq!(found("a%25b", "-a%25b-").as_deref(), Some("a%25b"));
        assert_eq!(found("a%b", "-a%25b-").as_deref(), Some("a%25b"));
        assert_eq!(found("a\\b", r"-a\\b-").as_deref(), Some(r"a\\b"));
        assert_eq!(found("a\nb", r"-a\nb-").as_deref(), Some(r"a\nb"));
        assert_eq!(found(" a", "-+a-").as_deref(), Some("+a"));
        assert_eq!(found("", "anything"), None);
    }
}
