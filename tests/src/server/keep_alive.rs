//! [`serve`]: an HTTP/1.1 keep-alive server answering through a function.

use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;

/// Starts a keep-alive HTTP/1.1 server on a free `127.0.0.1` port that
/// answers every request with `handler`, and returns its address.
///
/// The server runs on a thread and current-thread runtime of its own, so it
/// never competes with the caller's runtime (a benchmark measures only the
/// client), and it can be started from sync or async code alike. Each
/// request body is read whole before `handler` sees it, as a real server
/// would. The server lives as long as the process.
pub fn serve<F>(handler: F) -> SocketAddr
where
    F: Fn(http::Request<Bytes>) -> http::Response<Bytes> + Send + Sync + 'static,
{
    let handler = Arc::new(handler);
    let (bound, address) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("loopback-server".to_owned())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("the server's runtime");
            runtime.block_on(accept(handler, bound));
        })
        .expect("spawn the server thread");
    address.recv().expect("the server bound its port")
}

/// Binds, reports the address, then serves each connection on a task.
async fn accept<F>(handler: Arc<F>, bound: std::sync::mpsc::Sender<SocketAddr>)
where
    F: Fn(http::Request<Bytes>) -> http::Response<Bytes> + Send + Sync + 'static,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    bound
        .send(listener.local_addr().expect("bound address"))
        .expect("the caller waits for the address");
    while let Ok((stream, _)) = listener.accept().await {
        let handler = Arc::clone(&handler);
        let service = service_fn(move |request| respond(request, Arc::clone(&handler)));
        tokio::spawn(http1::Builder::new().serve_connection(TokioIo::new(stream), service));
    }
}

/// Reads the body whole, then lets the handler answer.
async fn respond<F>(
    request: hyper::Request<Incoming>,
    handler: Arc<F>,
) -> Result<hyper::Response<Full<Bytes>>, hyper::Error>
where
    F: Fn(http::Request<Bytes>) -> http::Response<Bytes>,
{
    let (parts, body) = request.into_parts();
    let body = body.collect().await?.to_bytes();
    let response = handler(http::Request::from_parts(parts, body));
    Ok(response.map(Full::new))
}
