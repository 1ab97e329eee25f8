//! What it takes to send a request again after a failed attempt.

use std::cell::RefCell;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};
use reqwest::{Method, Url, Version};

use crate::spare;

/// What it takes to send a request again, kept while an attempt is in
/// flight. Every request of a retrying client pays for it, and only the rare
/// retry turns it back into a request, so it is kept in the cheapest form:
/// the URL as text, the headers as a list of reference-counted values, the
/// body as a copy, all in [`Buffers`] reused from call to call.
///
/// [`reqwest::Request::try_clone`] would allocate a URL, two header tables
/// and an extension map for the timeout on every call: about 3 % of a
/// call's instructions (see `BENCHMARKS.md`). A request's extensions are not
/// reqwest's public API; in reqwest 0.13 they hold its timeout alone (kept
/// here) and are not sent.
pub(crate) struct Replay {
    method: Method,
    version: Version,
    timeout: Option<Duration>,
    has_body: bool,
    buffers: Buffers,
}

impl Replay {
    /// The request's method, which decides what may be retried.
    pub(crate) fn method(&self) -> &Method {
        &self.method
    }

    /// Keeps what `request` needs to be sent again, or `None` when its body
    /// is a stream, which can be read only once.
    pub(crate) fn keep(request: &reqwest::Request) -> Option<Self> {
        let body = match request.body() {
            None => None,
            Some(body) => Some(body.as_bytes()?),
        };
        let mut buffers = Buffers::take();
        buffers.url.push_str(request.url().as_str());
        buffers.headers.extend(
            request
                .headers()
                .iter()
                .map(|(name, value)| (name.clone(), value.clone())),
        );
        buffers.body.extend_from_slice(body.unwrap_or_default());
        Some(Self {
            method: request.method().clone(),
            version: request.version(),
            timeout: request.timeout().copied(),
            has_body: body.is_some(),
            buffers,
        })
    }

    /// The request to send again; `None` if its URL no longer parses,
    /// which the `url` crate rules out (a URL's text parses to the same URL).
    pub(crate) fn into_request(mut self) -> Option<reqwest::Request> {
        let buffers = &mut self.buffers;
        let url = Url::parse(&buffers.url).ok()?;
        let mut request = reqwest::Request::new(self.method.clone(), url);
        *request.version_mut() = self.version;
        if self.timeout.is_some() {
            *request.timeout_mut() = self.timeout;
        }
        let headers = request.headers_mut();
        headers.reserve(buffers.headers.len());
        for (name, value) in buffers.headers.drain(..) {
            headers.append(name, value);
        }
        if self.has_body {
            *request.body_mut() = Some(reqwest::Body::from(buffers.body.clone()));
        }
        Some(request)
    }
}

impl Drop for Replay {
    fn drop(&mut self) {
        std::mem::take(&mut self.buffers).give_back();
    }
}

/// The allocations of a [`Replay`], reused: a thread keeps those of up to
/// [`Buffers::KEPT`] finished calls for its next ones, so that keeping a
/// replay usually allocates nothing.
#[derive(Default)]
struct Buffers {
    url: String,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Vec<u8>,
}

thread_local! {
    static SPARE_BUFFERS: RefCell<Vec<Buffers>> = const { RefCell::new(Vec::new()) };
}

impl Buffers {
    /// At most this many are kept per thread (enough for the calls one
    /// thread has in flight at once)...
    const KEPT: usize = 64;
    /// ...and none that grew past this many bytes, so that one large
    /// request does not stay in memory.
    const MAX_BYTES: usize = 16 * 1024;

    /// Empty buffers: reused ones if the thread has some.
    fn take() -> Self {
        spare::take(&SPARE_BUFFERS).unwrap_or_default()
    }

    /// Empties the buffers and keeps them for the thread's next call, unless
    /// it keeps enough already or they are large.
    fn give_back(mut self) {
        self.headers.clear();
        let bytes = self.url.capacity()
            + self.body.capacity()
            + self.headers.capacity() * size_of::<(HeaderName, HeaderValue)>();
        if bytes > Self::MAX_BYTES {
            return;
        }
        self.url.clear();
        self.body.clear();
        spare::give_back(&SPARE_BUFFERS, self, Self::KEPT);
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;
    use http_body_util::Full;
    use reqwest::header::ACCEPT;

    use super::*;

    fn request() -> reqwest::Request {
        crate::tls::test_client()
            .post("http://127.0.0.1:9/api/v1/messages/send?x=1&q=a%20b")
            .header(ACCEPT, "application/json")
            .header("x-twice", "one")
            .header("x-twice", "two")
            .bearer_auth("kpt_test")
            .json(&serde_json::json!({"contactId": "c", "message": "hi"}))
            .timeout(Duration::from_secs(3))
            .version(Version::HTTP_11)
            .build()
            .unwrap()
    }

    #[test]
    fn a_replay_is_the_same_request() {
        let original = request();
        let body = original.body().unwrap().as_bytes().unwrap().to_vec();
        let replay = Replay::keep(&original).expect("a JSON body is replayable");
        assert_eq!(original.body().unwrap().as_bytes().unwrap(), body);

        let again = replay.into_request().unwrap();
        assert_eq!(again.method(), original.method());
        assert_eq!(again.url(), original.url());
        assert_eq!(again.version(), original.version());
        assert_eq!(again.timeout(), Some(&Duration::from_secs(3)));
        assert_eq!(again.headers(), original.headers());
        let twice: Vec<_> = again.headers().get_all("x-twice").iter().collect();
        assert_eq!(twice, ["one", "two"], "repeated headers keep their order");
        assert_eq!(again.body().unwrap().as_bytes().unwrap(), body);
    }

    #[test]
    fn requests_without_a_body_or_a_timeout_replay_without_them() {
        let original = reqwest::Request::new(Method::GET, "http://127.0.0.1:9/".parse().unwrap());
        let again = Replay::keep(&original).unwrap().into_request().unwrap();
        assert!(again.body().is_none());
        assert_eq!(again.timeout(), None);
        assert!(again.headers().is_empty());

        let mut empty = request();
        *empty.body_mut() = Some(reqwest::Body::from(Vec::new()));
        let again = Replay::keep(&empty).unwrap().into_request().unwrap();
        assert_eq!(again.body().unwrap().as_bytes(), Some(&b""[..]));
    }

    #[test]
    fn finished_replays_leave_their_buffers_to_the_next_small_ones() {
        SPARE_BUFFERS.with_borrow_mut(Vec::clear);
        drop(Replay::keep(&request()).unwrap());
        let reused = Buffers::take();
        assert!(reused.url.is_empty() && reused.headers.is_empty() && reused.body.is_empty());
        assert!(reused.url.capacity() > 0 && reused.headers.capacity() >= 5);
        assert!(
            Buffers::take().url.capacity() == 0,
            "only one was given back"
        );

        let mut large = request();
        *large.body_mut() = Some(reqwest::Body::from(vec![b' '; Buffers::MAX_BYTES]));
        drop(Replay::keep(&large).unwrap());
        assert_eq!(
            SPARE_BUFFERS.with_borrow(Vec::len),
            0,
            "large buffers are freed"
        );
        for _ in 0..Buffers::KEPT + 3 {
            Buffers::default().give_back();
        }
        assert_eq!(SPARE_BUFFERS.with_borrow(Vec::len), Buffers::KEPT);
    }

    #[test]
    fn a_streamed_body_is_not_replayable_and_stays_unread() {
        let mut streamed = request();
        *streamed.body_mut() = Some(reqwest::Body::wrap(Full::new(Bytes::from("once"))));
        assert!(Replay::keep(&streamed).is_none());
        assert!(streamed.body().unwrap().as_bytes().is_none());
    }
}
