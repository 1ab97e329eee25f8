//! [`ScriptedServer`]: one scripted action per connection, on raw TCP.
//!
//! It stays on raw sockets rather than on hyper (as [`super::serve`] is)
//! because its faults need the socket itself: a reset before the request
//! is read ([`Action::ResetUnread`]) happens before any HTTP parser runs, a
//! reset or silent close after reading needs the stream hyper would own,
//! and a truncated body ([`Action::truncated_json`]) is a response no
//! conforming HTTP library writes. What it shares with the keep-alive
//! server is the shape of what it records, [`RecordedRequest`].

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::RecordedRequest;

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Action {
    /// Writes these bytes (a whole HTTP response, or part of one) and closes.
    Respond(Vec<u8>),
    /// Reads the request, waits this long, then closes without answering.
    Stall(Duration),
    /// Reads the request and closes at once without answering.
    HangUp,
    /// Reads the request, then resets the connection (TCP RST) without
    /// answering.
    Reset,
    /// Resets the connection without reading the request.
    ResetUnread,
}

impl Action {
    /// A complete response with a JSON body.
    pub fn json(status: u16, body: &str) -> Self {
        Self::response(status, "application/json", &[], body)
    }

    /// A complete response with any content type and extra headers.
    pub fn response(status: u16, content_type: &str, headers: &[(&str, &str)], body: &str) -> Self {
        let mut head = format!(
            "HTTP/1.1 {status} {}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n",
            reason(status),
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        head.push_str(body);
        Self::Respond(head.into_bytes())
    }

    /// A response whose `content-length` promises more than the body holds.
    pub fn truncated_json(status: u16, body: &str) -> Self {
        let head = format!(
            "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            reason(status),
            body.len() * 2
        );
        Self::Respond([head.as_bytes(), body.as_bytes()].concat())
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        408 => "Request Timeout",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

/// Chooses the action for the `n`th connection (from 0) instead of a
/// script; every request comes on a connection of its own.
type Handler = Arc<dyn Fn(u64) -> Action + Send + Sync>;

#[derive(Default)]
struct State {
    script: VecDeque<Action>,
    last: Option<Action>,
    handler: Option<Handler>,
    connections: u64,
    requests: Vec<RecordedRequest>,
    actions: Vec<Action>,
}

impl State {
    /// The action for the next connection, consumed only if `consume`.
    fn next_action(&mut self, consume: bool) -> Option<Action> {
        if let Some(handler) = &self.handler {
            return Some(handler(self.connections));
        }
        let next = self.script.front().cloned().or_else(|| self.last.clone());
        if consume {
            self.script.pop_front();
            self.last = next.clone();
        }
        next
    }
}

/// A server on `127.0.0.1` that answers requests with a script of actions,
/// in order, repeating the last one when the script runs out. It stops when
/// dropped.
pub struct ScriptedServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: tokio::task::JoinHandle<()>,
}

impl ScriptedServer {
    /// Starts a server on a free loopback port.
    pub async fn start(script: impl IntoIterator<Item = Action>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        Self::serve(listener, script)
    }

    /// Starts a server that asks `handler` what to do on its `n`th
    /// connection (from 0), for tests that need many, varied exchanges.
    pub async fn start_with(handler: impl Fn(u64) -> Action + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        Self::serve_state(
            listener,
            State {
                handler: Some(Arc::new(handler)),
                ..State::default()
            },
        )
    }

    /// Serves on an already bound listener (e.g. a port a test freed earlier).
    pub fn serve(listener: TcpListener, script: impl IntoIterator<Item = Action>) -> Self {
        let state = State {
            script: script.into_iter().collect(),
            ..State::default()
        };
        Self::serve_state(listener, state)
    }

    fn serve_state(listener: TcpListener, state: State) -> Self {
        let addr = listener.local_addr().expect("bound address");
        let state = Arc::new(Mutex::new(state));
        let shared = Arc::clone(&state);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(handle(stream, Arc::clone(&shared)));
            }
        });
        Self { addr, state, task }
    }

    /// The base URL to point a client at.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.lock().unwrap().requests.clone()
    }

    /// The requests received so far, each with what the server did after
    /// reading it.
    pub fn exchanges(&self) -> Vec<(RecordedRequest, Action)> {
        let state = self.state.lock().unwrap();
        state
            .requests
            .iter()
            .cloned()
            .zip(state.actions.iter().cloned())
            .collect()
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A loopback URL where nothing listens (connections are refused).
pub async fn refused_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("bound address");
    drop(listener);
    format!("http://{addr}")
}

async fn handle(mut stream: TcpStream, state: Arc<Mutex<State>>) {
    let unread = {
        let mut state = state.lock().unwrap();
        let reset = matches!(state.next_action(false), Some(Action::ResetUnread));
        if reset {
            state.next_action(true);
            state.connections += 1;
        }
        reset
    };
    if unread {
        reset(stream);
        return;
    }
    let Some(request) = read_request(&mut stream).await else {
        return;
    };
    let action = {
        let mut state = state.lock().unwrap();
        let next = state.next_action(true);
        state.connections += 1;
        state.requests.push(request);
        let done = next.clone().unwrap_or(Action::HangUp);
        state.actions.push(done);
        next
    };
    match action {
        Some(Action::Respond(bytes)) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Some(Action::Stall(pause)) => tokio::time::sleep(pause).await,
        Some(Action::Reset | Action::ResetUnread) => reset(stream),
        Some(Action::HangUp) | None => {}
    }
}

/// Closes with a TCP reset rather than the orderly FIN.
fn reset(stream: TcpStream) {
    let _ = stream.set_zero_linger();
    drop(stream);
}

async fn read_request(stream: &mut TcpStream) -> Option<RecordedRequest> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let path = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    let mut body = buffer[head_end + 4..].to_vec();
    while body.len() < length {
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..read]);
    }
    Some(RecordedRequest {
        method,
        path,
        headers,
        body,
    })
}
