//! The client's base URL, parsed once when the client is built, so that a
//! call's URL needs only its path parsed (`urls`).

use reqwest::Url;

/// The client's base URL, parsed once.
#[derive(Debug)]
pub struct BaseUrl {
    /// The base as the client was given it, without a trailing `/`: what a
    /// cached URL was built from.
    pub(crate) text: String,
    /// `text` + `/` parsed: the scheme, authority and path prefix.
    url: Url,
    /// The path of `url` without its last `/`, which every operation's path
    /// (starting with `/`) follows.
    prefix_len: usize,
}

impl BaseUrl {
    /// Parses `text` (a base without a trailing `/`). Parsing `text/` gives
    /// the path prefix as parsing `text/api/...` sees it: dot segments
    /// resolved, characters percent-encoded, trailing spaces kept.
    pub(crate) fn new(text: &str) -> Result<Self, String> {
        let url = Url::parse(&format!("{text}/")).map_err(|e| e.to_string())?;
        let prefix_len = url.path().len() - 1;
        Ok(Self {
            text: text.to_owned(),
            url,
            prefix_len,
        })
    }

    /// The URL of `path` (starting with `/`, without `?` or `#`), made of
    /// `pieces` put together: `Url::parse(base + path)` without parsing the
    /// scheme and host again.
    pub(crate) fn with_path(&self, pieces: &[&str]) -> Url {
        let prefix = &self.url.path()[..self.prefix_len];
        let len = prefix.len() + pieces.iter().map(|p| p.len()).sum::<usize>();
        let mut path = String::with_capacity(len);
        path.push_str(prefix);
        for piece in pieces {
            path.push_str(piece);
        }
        let mut url = self.url.clone();
        url.set_path(&path);
        url
    }
}
