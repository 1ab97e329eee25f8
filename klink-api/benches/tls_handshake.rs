//! What the TLS feature costs a call: the client's side of a full TLS 1.3
//! handshake with each rustls provider klink-api offers, `rustls-ring`
//! (ring) and `rustls` (aws-lc-rs), and with aws-lc-rs offering the hybrid
//! post-quantum key exchange (X25519MLKEM768) first, as rustls'
//! `prefer-post-quantum` feature does.
//!
//! The handshake runs in memory, client and server passing records through
//! buffers, so no socket or scheduler is measured; only the time spent in
//! the client's calls is counted (`iter_custom`): building the connection
//! (its key share), writing its flights and reading the server's (key
//! agreement, certificate chain and signature verification). Session
//! resumption is off, so each handshake is a full one, as on a new pooled
//! connection. The server is the same in every variant (aws-lc-rs).
//!
//! The certificates under `benches/tls/` are throwaway: a P-256 CA, and
//! two leaves for `api.klink.test` signed by it (a P-256 key and an RSA
//! 2048 key, the two kinds public APIs serve), valid until 2126, made with
//! `openssl req -x509` / `openssl x509 -req`. They protect nothing.
//!
//! Needs both rustls features: `cargo bench -p klink-api --bench
//! tls_handshake --features rustls,rustls-ring`.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use rustls::client::Resumption;
use rustls::crypto::{CryptoProvider, aws_lc_rs, ring};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use rustls::{ClientConfig, ClientConnection, RootCertStore, ServerConfig, ServerConnection};

const CA: &[u8] = include_bytes!("tls/ca.pem");
const SERVER_NAME: &str = "api.klink.test";

/// The server certificates: (name, certificate, private key).
const LEAVES: [(&str, &[u8], &[u8]); 2] = [
    (
        "ecdsa_p256",
        include_bytes!("tls/ecdsa.pem"),
        include_bytes!("tls/ecdsa.key"),
    ),
    (
        "rsa_2048",
        include_bytes!("tls/rsa.pem"),
        include_bytes!("tls/rsa.key"),
    ),
];

fn tls_handshake(c: &mut Criterion) {
    let mut group = c.benchmark_group("tls_handshake");
    for (leaf, cert, key) in LEAVES {
        let server = server_config(cert, key);
        for (provider, client) in clients() {
            // Every variant must complete a handshake before it is timed.
            client_time(&client, &server);
            group.bench_function(format!("{provider}/{leaf}"), |b| {
                b.iter_custom(|iterations| {
                    (0..iterations).map(|_| client_time(&client, &server)).sum()
                })
            });
        }
    }
    group.finish();
}

/// The client configs: each provider with its default key exchange
/// groups, and aws-lc-rs with the hybrid post-quantum group first.
fn clients() -> [(&'static str, Arc<ClientConfig>); 3] {
    let mut post_quantum = aws_lc_rs::default_provider();
    post_quantum
        .kx_groups
        .retain(|group| group.name() != aws_lc_rs::kx_group::X25519MLKEM768.name());
    post_quantum
        .kx_groups
        .insert(0, aws_lc_rs::kx_group::X25519MLKEM768);
    [
        ("ring", client_config(ring::default_provider())),
        ("aws_lc_rs", client_config(aws_lc_rs::default_provider())),
        ("aws_lc_rs_post_quantum", client_config(post_quantum)),
    ]
}

fn client_config(provider: CryptoProvider) -> Arc<ClientConfig> {
    let mut roots = RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(CA).expect("the CA certificate"))
        .expect("the CA as a root");
    let mut config = ClientConfig::builder_with_provider(Arc::new(provider))
        .with_safe_default_protocol_versions()
        .expect("the provider's protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.resumption = Resumption::disabled();
    Arc::new(config)
}

fn server_config(cert: &[u8], key: &[u8]) -> Arc<ServerConfig> {
    let chain = vec![
        CertificateDer::from_pem_slice(cert).expect("the leaf certificate"),
        CertificateDer::from_pem_slice(CA).expect("the CA certificate"),
    ];
    let key = PrivateKeyDer::from_pem_slice(key).expect("the leaf key");
    let mut config = ServerConfig::builder_with_provider(Arc::new(aws_lc_rs::default_provider()))
        .with_safe_default_protocol_versions()
        .expect("the provider's protocol versions")
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .expect("the server certificate");
    // No tickets: nothing is sent after the handshake.
    config.send_tls13_tickets = 0;
    Arc::new(config)
}

/// One full handshake; returns the time spent in the client's calls.
fn client_time(client: &Arc<ClientConfig>, server: &Arc<ServerConfig>) -> Duration {
    let name = ServerName::try_from(SERVER_NAME).expect("a DNS name");
    let started = Instant::now();
    let mut client = ClientConnection::new(client.clone(), name).expect("a client connection");
    let mut spent = started.elapsed();
    let mut server = ServerConnection::new(server.clone()).expect("a server connection");
    let mut records = Vec::with_capacity(8 * 1024);
    while client.is_handshaking() || server.is_handshaking() {
        records.clear();
        let started = Instant::now();
        while client.wants_write() {
            client.write_tls(&mut records).expect("the client's flight");
        }
        spent += started.elapsed();
        deliver(&records, |mut r| server.read_tls(&mut r));
        server
            .process_new_packets()
            .expect("the server accepts the client");

        records.clear();
        while server.wants_write() {
            server.write_tls(&mut records).expect("the server's flight");
        }
        let started = Instant::now();
        deliver(&records, |mut r| client.read_tls(&mut r));
        client
            .process_new_packets()
            .expect("the client accepts the server");
        spent += started.elapsed();
    }
    black_box(&client);
    spent
}

/// Feeds `records` to a connection's `read_tls` until all are read.
fn deliver(mut records: &[u8], mut read: impl FnMut(&[u8]) -> std::io::Result<usize>) {
    while !records.is_empty() {
        let n = read(records).expect("records fit the connection's buffer");
        records = &records[n..];
    }
}

criterion_group!(benches, tls_handshake);
criterion_main!(benches);
