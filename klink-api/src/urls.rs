//! Request URLs without a full URL parse per call.
//!
//! Formatting `base + path` and handing reqwest the `String` parses the
//! whole URL (scheme, host, path) on every call. Instead the base is parsed
//! once, when the client is built ([`BaseUrl`]); a call clones a URL cached
//! for its operation ([`OperationUrl`], paths without parameters) or sets
//! the path of a clone of the base ([`BaseUrl::with_path`]), which parses
//! the path only. The result is the URL parsing `base + path` gives.

use std::sync::OnceLock;

use reqwest::Url;

use crate::base_url::BaseUrl;
use crate::config::ClientConfig;

/// The URL of one operation whose path has no parameters, cached for the
/// first base URL it is asked for (a process has one client, or several
/// with the same base, as a rule); another base gets its URL built each
/// time, still without a full parse.
#[derive(Debug)]
pub struct OperationUrl {
    path: &'static str,
    cached: OnceLock<(String, Url)>,
}

impl OperationUrl {
    /// The cache of `path` (starting with `/`, without `?` or `#`).
    #[must_use]
    pub const fn new(path: &'static str) -> Self {
        Self {
            path,
            cached: OnceLock::new(),
        }
    }

    /// The operation's URL under `config`'s base.
    pub fn get(&self, config: &ClientConfig) -> Url {
        self.under(&config.base)
    }

    fn under(&self, base: &BaseUrl) -> Url {
        if let Some((text, url)) = self.cached.get()
            && *text == base.text
        {
            return url.clone();
        }
        let url = base.with_path(&[self.path]);
        // Losing a race to another base only means no cache for this one.
        let _ = self.cached.set((base.text.clone(), url.clone()));
        url
    }
}

/// The URL of a path with parameters, made of `pieces` (the literal parts
/// and the percent-encoded parameters, in order) under `config`'s base.
pub fn with_path(config: &ClientConfig, pieces: &[&str]) -> Url {
    config.base.with_path(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the generated code did before: format and parse.
    fn parsed(base: &str, path: &str) -> Url {
        Url::parse(&format!("{base}{path}")).unwrap()
    }

    #[test]
    fn the_url_is_what_parsing_base_and_path_gives() {
        let bases = [
            "http://127.0.0.1:8080",
            "https://apigw.klinkcx.com",
            "HTTP://Example.COM:80",
            "http://host/prefix",
            "http://host/pre%2Ffix/x",
            "http://host/a/..",
            "http://host/a/.",
            "http://host/a/%2e%2E",
            "http://host/sp ace ",
            "http://host/tab\t",
            "http://host/back\\slash",
            "http://user:pw@host/p",
            "http://host/ünï",
            "http://host/%zz",
        ];
        let paths = [
            "/api/v1/messages/send",
            "/api/v1/contacts/a%20b",
            "/api/v1/contacts/..",
            "/api/v1/contacts/.",
            "/api/v1/contacts/%2e",
            "/api/v1/contacts/a\\b",
            "/api/v1/contacts/é",
            "/api/v1/contacts/|^[]'",
            "//x",
        ];
        for base in bases {
            let parsed_base = BaseUrl::new(base).unwrap();
            for path in paths {
                let expected = parsed(base, path);
                assert_eq!(parsed_base.with_path(&[path]), expected, "{base} {path}");
                let (head, tail) = path.split_at(path.len() / 2);
                assert_eq!(parsed_base.with_path(&[head, tail]), expected);
                assert_eq!(
                    parsed_base.with_path(&[head, tail]).as_str(),
                    expected.as_str()
                );
            }
        }
    }

    #[test]
    fn an_operation_url_is_cached_for_one_base_and_right_for_every_base() {
        static URL: OperationUrl = OperationUrl::new("/api/v1/messages/send");
        let first = BaseUrl::new("http://first/p").unwrap();
        let second = BaseUrl::new("http://second").unwrap();
        for _ in 0..2 {
            assert_eq!(
                URL.under(&first).as_str(),
                "http://first/p/api/v1/messages/send"
            );
            assert_eq!(
                URL.under(&second).as_str(),
                "http://second/api/v1/messages/send"
            );
        }
        assert_eq!(URL.cached.get().unwrap().0, "http://first/p");
    }
}
