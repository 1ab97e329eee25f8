//! The TLS of the HTTP client klink-api builds, as the features choose it.
//!
//! - `rustls` (default): reqwest's own rustls set-up, with the aws-lc-rs
//!   provider and the platform's certificate verifier.
//! - `rustls-ring`: the same rustls and the same verifier, with the ring
//!   provider, configured here and handed to reqwest ready-made: the
//!   provider is named in the config, never installed process-wide, so it
//!   cannot clash with a provider the application installs for itself.
//! - `native-tls`: the system's library, reqwest's choice whenever it is
//!   on, as it is over `rustls`.
//!
//! So `rustls-ring` wins over `rustls` (turned on beside it, often only as
//! a default feature) and `native-tls` over both.

/// Why the TLS set-up failed (`rustls-ring`: e.g. no root certificates on
/// the system).
pub(crate) type TlsError = Box<dyn std::error::Error + Send + Sync>;

/// reqwest's client builder with the TLS the features choose.
pub(crate) fn client_builder() -> Result<reqwest::ClientBuilder, TlsError> {
    let builder = reqwest::Client::builder();
    #[cfg(all(feature = "rustls-ring", not(feature = "native-tls")))]
    let builder = builder.tls_backend_preconfigured(ring::config()?);
    Ok(builder)
}

/// A plain client for tests that need one (`reqwest::Client::new()` has no
/// crypto provider under `rustls-ring` alone, and panics).
#[cfg(test)]
pub(crate) fn test_client() -> reqwest::Client {
    client_builder().unwrap().build().unwrap()
}

#[cfg(all(feature = "rustls-ring", not(feature = "native-tls")))]
mod ring {
    use std::sync::Arc;

    use rustls_platform_verifier::BuilderVerifierExt;

    /// What reqwest's `rustls` feature builds, with ring: TLS 1.2 and 1.3,
    /// the platform's verifier, HTTP/2 and HTTP/1.1 offered by ALPN (reqwest
    /// sets ALPN on the configs it builds, not on one it is given).
    pub(super) fn config() -> Result<rustls::ClientConfig, rustls::Error> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .with_platform_verifier()?
            .with_no_client_auth();
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_builds_with_the_chosen_tls() {
        // Under `rustls-ring` alone this is the ring config: reqwest would
        // panic for want of a provider if it were not given one.
        client_builder().unwrap().build().unwrap();
    }

    /// The client's first flight on a real socket: a TLS handshake record
    /// offering HTTP/2 and HTTP/1.1 by ALPN, as reqwest's own rustls set-up
    /// offers them (so the config klink-api hands reqwest is the one used).
    #[cfg(all(
        any(feature = "rustls", feature = "rustls-ring"),
        not(feature = "native-tls")
    ))]
    #[tokio::test]
    async fn the_client_hello_offers_http2_and_http1() {
        use std::io::Read;

        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let (mut socket, _) = listener.accept().unwrap();
            let mut hello = vec![0; 16 * 1024];
            let read = socket.read(&mut hello).unwrap();
            hello.truncate(read);
            hello
        });
        let client = client_builder().unwrap().build().unwrap();
        // The server hangs up after the hello: the request fails.
        let sent = client
            .get(format!("https://127.0.0.1:{port}/"))
            .send()
            .await;
        assert!(sent.is_err());
        let hello = server.join().unwrap();
        assert_eq!(hello.first(), Some(&0x16), "not a TLS handshake record");
        let alpn = b"\x02h2\x08http/1.1";
        assert!(
            hello.windows(alpn.len()).any(|w| w == alpn),
            "no h2 and http/1.1 ALPN in {hello:02x?}"
        );
    }

    #[cfg(all(feature = "rustls-ring", not(feature = "native-tls")))]
    #[test]
    fn the_ring_config_offers_http2_and_names_its_provider() {
        let config = ring::config().unwrap();
        assert_eq!(config.alpn_protocols, [&b"h2"[..], &b"http/1.1"[..]]);
        let ring = rustls::crypto::ring::default_provider();
        let names = |suites: &[rustls::SupportedCipherSuite]| {
            suites.iter().map(|s| s.suite()).collect::<Vec<_>>()
        };
        assert_eq!(
            names(&config.crypto_provider().cipher_suites),
            names(&ring.cipher_suites)
        );
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
    }
}
