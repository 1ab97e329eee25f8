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

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;

    use super::*;

    /// Reads one response with a `content-length` body; returns its status
    /// line and body.
    fn read_response(reader: &mut BufReader<TcpStream>) -> (String, String) {
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        (
            status.trim_end().to_owned(),
            String::from_utf8(body).unwrap(),
        )
    }

    #[test]
    fn two_requests_share_one_connection_and_each_body_arrives_whole() {
        let address = serve(|request| {
            let answer = format!(
                "{} {} {}",
                request.method(),
                request.uri(),
                String::from_utf8_lossy(request.body())
            );
            http::Response::builder()
                .status(201)
                .body(Bytes::from(answer))
                .unwrap()
        });
        let stream = TcpStream::connect(address).unwrap();
        let mut writer = stream.try_clone().unwrap();
        let mut reader = BufReader::new(stream);
        for (n, body) in ["first", "second body"].into_iter().enumerate() {
            // The head and the body in two writes: the handler must still
            // see the body whole.
            write!(
                writer,
                "POST /echo/{n} HTTP/1.1\r\nhost: x\r\ncontent-length: {}\r\n\r\n",
                body.len()
            )
            .unwrap();
            writer.flush().unwrap();
            writer.write_all(body.as_bytes()).unwrap();
            let (status, answer) = read_response(&mut reader);
            assert_eq!(status, "HTTP/1.1 201 Created");
            assert_eq!(answer, format!("POST /echo/{n} {body}"));
        }
    }
}
