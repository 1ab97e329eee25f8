//! What is hidden before a captured exchange reaches the disk: values of
//! headers, query parameters and cookies whose name suggests a secret, the
//! password of a URL, and the client's token wherever it appears.

/// What replaces a hidden value.
pub(crate) use crate::redact::MASK;

/// Name stems that mark a secret wherever they appear in a word of the
/// name (`x-auth-token`, `sessionid`, `client_secret`, `authorization`).
const CONTAINED: &[&str] = &[
    "token",
    "secret",
    "passw",
    "auth",
    "signature",
    "session",
    "sessid",
    "cookie",
    "credential",
    "jwt",
    "bearer",
    "csrf",
    "xsrf",
    "private",
];

/// Words that mark a secret only when they are the whole word, so that
/// `keyword` or `pinned` stay readable while `api_key` and `sig` do not.
const WHOLE: &[&str] = &["key", "pwd", "pass", "sig", "sid", "otp", "pin", "hmac"];

/// Whether a header, query parameter or cookie named `name` may carry a
/// secret. The name is split into words at separators and lower-to-upper
/// case changes (`apiKey` is `api` `key`); a word is secret if it contains
/// one of [`CONTAINED`], is one of [`WHOLE`], or ends with `key`
/// (`apikey`).
pub(crate) fn is_secret_name(name: &str) -> bool {
    words(name).any(|word| {
        CONTAINED.iter().any(|stem| word.contains(stem))
            || WHOLE.contains(&word.as_str())
            || word.ends_with("key")
    })
}

/// The lower-cased words of a name.
fn words(name: &str) -> impl Iterator<Item = String> + '_ {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            words.push(std::mem::take(&mut word));
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower {
            words.push(std::mem::take(&mut word));
        }
        previous_lower = c.is_lowercase() || c.is_numeric();
        word.extend(c.to_lowercase());
    }
    words.push(word);
    words.into_iter().filter(|word| !word.is_empty())
}

/// The value to write for a header (or parameter) named `name`.
pub(crate) fn header_value<'a>(name: &str, value: &'a str) -> &'a str {
    if is_secret_name(name) { MASK } else { value }
}

/// A URL's query with the value of every parameter whose name suggests a
/// secret replaced, the rest of the text kept as it was sent.
pub(crate) fn query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if is_secret_name(&decode(name)) => format!("{name}={MASK}"),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// `(name, value)` pairs of a query, decoded, with secret values masked.
pub(crate) fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode(name);
            let value = if is_secret_name(&name) {
                MASK.to_owned()
            } else {
                decode(value)
            };
            (name, value)
        })
        .collect()
}

/// A URL without a password or user name and with its query masked.
pub(crate) fn url(url: &reqwest::Url) -> String {
    let mut url = url.clone();
    if url.password().is_some() {
        let _ = url.set_password(Some(MASK));
    }
    if !url.username().is_empty() {
        let _ = url.set_username(MASK);
    }
    if let Some(masked) = url.query().map(query) {
        url.set_query(Some(&masked));
    }
    url.into()
}

/// The names of the cookies in a `Cookie` header (`a=1; b=2`) or of the
/// one cookie a `Set-Cookie` header sets; their values are never kept.
pub(crate) fn cookie_names(header: &str, set_cookie: bool) -> Vec<String> {
    let pairs: Vec<&str> = if set_cookie {
        header.split(';').take(1).collect()
    } else {
        header.split(';').collect()
    };
    pairs
        .into_iter()
        .filter_map(|pair| pair.split_once('=').map(|(name, _)| name.trim().to_owned()))
        .filter(|name| !name.is_empty())
        .collect()
}

/// Percent-decoding of a query component (`+` is a space), lossy.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names_are_recognised_by_their_words() {
        for name in [
            "Authorization",
            "proxy-authorization",
            "cookie",
            "Set-Cookie",
            "x-api-key",
            "apiKey",
            "api_key",
            "APIKEY",
            "access_token",
            "x-auth-token",
            "client_secret",
            "password",
            "x-signature",
            "sessionId",
            "PHPSESSID",
            "sig",
            "X-CSRF-Token",
        ] {
            assert!(is_secret_name(name), "{name} is secret");
        }
        for name in [
            "keyword",
            "page",
            "pageSize",
            "content-type",
            "x-client-timezone",
            "user-agent",
            "api-version",
            "contactId",
        ] {
            assert!(!is_secret_name(name), "{name} is not secret");
        }
    }

    #[test]
    fn queries_keep_their_text_but_not_their_secrets() {
        assert_eq!(
            query("keyword=a%20b&api_key=s3cret&page=1&flag"),
            "keyword=a%20b&api_key=***&page=1&flag"
        );
        assert_eq!(
            query_pairs("keyword=a%20b+c&access%5Ftoken=x&page=1"),
            [
                ("keyword".to_owned(), "a b c".to_owned()),
                ("access_token".to_owned(), MASK.to_owned()),
                ("page".to_owned(), "1".to_owned()),
            ]
        );
        let parsed: reqwest::Url = "https://user:pw@h.example/p?token=t&q=1".parse().unwrap();
        assert_eq!(url(&parsed), "https://***:***@h.example/p?token=***&q=1");
    }

    #[test]
    fn cookies_keep_their_names_only() {
        assert_eq!(cookie_names("a=1; sid=2", false), ["a", "sid"]);
        assert_eq!(
            cookie_names("sid=2; Path=/; HttpOnly", true),
            ["sid".to_owned()]
        );
    }

    #[test]
    fn decoding_survives_broken_escapes() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%41%42"), "AB");
    }
}
