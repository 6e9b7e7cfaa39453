//! A plain HTTP/1.1 client over `std::net::TcpStream`, so the framework tests see exactly the
//! bytes a server sends: status line, every header field, and the body (or its absence).

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use status_atlas::TypedResponse;

#[cfg(any(feature = "poem", feature = "salvo"))]
#[allow(dead_code)] // Only the poem and salvo tests use it.
pub(crate) mod events;
#[allow(dead_code)] // Only the OpenAPI document tests use it.
pub(crate) mod openapi;

// Response types whose bodies and fields need nothing framework-specific; each framework test
// serves them at the routes `check_routes` asks for.

#[derive(TypedResponse)]
pub(crate) enum Cached<T> {
    #[status(OK)]
    Fresh(T),
    #[status(NOT_MODIFIED)]
    NotModified {
        #[header(ETAG)]
        etag: &'static str,
    },
}

#[derive(TypedResponse)]
#[status(SERVICE_UNAVAILABLE)]
pub(crate) struct Busy {
    #[header(RETRY_AFTER)]
    pub(crate) retry_after: Duration,
}

#[derive(TypedResponse)]
#[status(BAD_REQUEST)]
pub(crate) struct BadHeader(#[header("x-note")] pub(crate) String);

/// A 401 must carry a challenge: an empty one is refused at run time.
#[derive(TypedResponse)]
#[status(UNAUTHORIZED)]
pub(crate) struct SignIn {
    #[header(WWW_AUTHENTICATE)]
    pub(crate) challenge: String,
}

/// Integer and time header fields.
#[derive(TypedResponse)]
#[status(OK)]
pub(crate) struct Listed {
    #[header("x-total-count")]
    pub(crate) total: u128,
    #[header("x-offset")]
    pub(crate) offset: i64,
    #[header(LAST_MODIFIED)]
    pub(crate) modified: std::time::SystemTime,
}

/// The `Listed` every framework test serves at `/listed`.
pub(crate) fn listed() -> Listed {
    Listed { total: u128::from(u64::MAX) + 1, offset: -20, modified: std::time::UNIX_EPOCH + Duration::from_secs(784_111_777) }
}

/// A response as it came over the socket.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    /// Header fields in order, names lower-cased.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    /// The value of the one field called `name`; panics if it is missing or repeated.
    pub(crate) fn header(&self, name: &str) -> &str {
        let values: Vec<&str> = self.headers.iter().filter(|(field, _)| field == name).map(|(_, value)| value.as_str()).collect();
        assert_eq!(values.len(), 1, "expected one `{name}` field in {:?}", self.headers);
        values[0]
    }

    pub(crate) fn has_header(&self, name: &str) -> bool {
        self.headers.iter().any(|(field, _)| field == name)
    }

    pub(crate) fn text(&self) -> &str {
        std::str::from_utf8(&self.body).expect("a UTF-8 body")
    }
}

/// Binds an ephemeral port of 127.0.0.1 and hands the listener to `serve`, whose future runs on a
/// tokio runtime of one worker in a thread of its own; returns the address.
#[allow(dead_code)] // For the servers that start from a `std` listener (poem, salvo).
pub(crate) fn serve_on_tokio<F>(serve: impl FnOnce(std::net::TcpListener) -> F + Send + 'static) -> SocketAddr
where
    F: std::future::Future<Output = ()>,
{
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let address = listener.local_addr().expect("a local address");
    listener.set_nonblocking(true).expect("a non-blocking listener");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("a tokio runtime");
        runtime.block_on(async move { serve(listener).await });
    });
    address
}

/// Sends `method path` with `Connection: close` and reads the whole reply.
pub(crate) fn request(address: SocketAddr, method: &str, path: &str) -> Reply {
    let mut stream = TcpStream::connect(address).expect("connect to the test server");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("set a read timeout");
    write!(stream, "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").expect("send the request");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the reply");
    parse(&raw)
}

fn parse(raw: &[u8]) -> Reply {
    let end = raw.windows(4).position(|window| window == b"\r\n\r\n").expect("a complete head");
    let head = std::str::from_utf8(&raw[..end]).expect("an ASCII head");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("a status line");
    let status = status_line.split(' ').nth(1).and_then(|code| code.parse().ok()).expect("a status code");
    let headers: Vec<(String, String)> = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("a header line");
            (name.to_ascii_lowercase(), value.trim().to_owned())
        })
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if headers.iter().any(|(name, value)| name == "transfer-encoding" && value.eq_ignore_ascii_case("chunked")) {
        body = dechunk(&body);
    }
    Reply { status, headers, body }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line_end = raw.windows(2).position(|window| window == b"\r\n").expect("a chunk size line");
        let size = usize::from_str_radix(std::str::from_utf8(&raw[..line_end]).expect("hex").trim(), 16).expect("a chunk size");
        raw = &raw[line_end + 2..];
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&raw[..size]);
        raw = &raw[size + 2..];
    }
}

/// The replies every framework test expects from the same routes: each route returns one value
/// of a derived response type (see `serve` in tests/axum.rs, tests/actix.rs...).
#[allow(dead_code)] // Each test binary uses one of the two.
pub(crate) fn check_routes(address: SocketAddr) {
    check_routes_framed(address, Framing::Omitted);
}

/// What a framework's server writes as the framing of a response without content.
#[derive(Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // Each test binary names one.
pub(crate) enum Framing {
    /// No `Content-Length` on a 204 or 304, as RFC 9110 §8.6 asks.
    Omitted,
    /// `Content-Length: 0` on both, which the server adds itself (Rocket 0.5): the derive sends no
    /// body, and this pins the server's behaviour so that a change to it is noticed.
    ZeroLength,
}

/// `check_routes`, for a server whose framing of empty responses is `framing`.
pub(crate) fn check_routes_framed(address: SocketAddr, framing: Framing) {
    let empty_framing = |reply: &Reply| match framing {
        Framing::Omitted => assert!(!reply.has_header("content-length"), "{:?}", reply.headers),
        Framing::ZeroLength => assert_eq!(reply.header("content-length"), "0"),
    };
    let deleted = request(address, "GET", "/deleted");
    assert_eq!(deleted.status, 204);
    assert!(deleted.body.is_empty());
    empty_framing(&deleted);
    assert!(!deleted.has_header("transfer-encoding"), "{:?}", deleted.headers);

    let missing = request(address, "GET", "/missing");
    assert_eq!(missing.status, 404);
    // Frameworks differ in the parameters (poem adds `charset=utf-8`), not in the media type.
    assert_eq!(missing.header("content-type").split(';').next(), Some("application/json"));
    assert_eq!(serde_json::from_slice::<Value>(&missing.body).expect("JSON"), json!({ "error": "no user 7" }));

    let conflict = request(address, "GET", "/conflict");
    assert_eq!(conflict.status, 409);
    assert_eq!(conflict.header("content-type"), "text/plain; charset=utf-8");
    assert_eq!(conflict.text(), "user 7 owns a team");

    let method = request(address, "GET", "/method");
    assert_eq!(method.status, 405);
    assert_eq!(method.header("allow"), "GET, HEAD");
    assert_eq!(method.header("x-request-id"), "abc");
    assert!(method.body.is_empty());

    let no_id = request(address, "GET", "/method-no-id");
    assert_eq!(no_id.status, 405);
    assert_eq!(no_id.header("allow"), "", "an empty Allow is legal and still sent");
    assert!(!no_id.has_header("x-request-id"));

    let fresh = request(address, "GET", "/fresh");
    assert_eq!((fresh.status, fresh.text()), (200, "hello"));

    let not_modified = request(address, "GET", "/not-modified");
    assert_eq!(not_modified.status, 304);
    assert_eq!(not_modified.header("etag"), "\"v1\"");
    assert!(not_modified.body.is_empty());
    empty_framing(&not_modified);

    let busy = request(address, "GET", "/busy");
    assert_eq!((busy.status, busy.header("retry-after")), (503, "120"));

    let challenge = request(address, "GET", "/challenge");
    assert_eq!((challenge.status, challenge.header("www-authenticate")), (401, "Bearer realm=\"api\""));

    let empty = request(address, "GET", "/empty-challenge");
    assert_eq!(empty.status, 500, "a 401 without a challenge is refused, not sent");
    assert!(!empty.has_header("www-authenticate"), "{:?}", empty.headers);
    assert!(empty.text().contains("`www-authenticate` is empty"), "{}", empty.text());

    let listed = request(address, "GET", "/listed");
    assert_eq!(listed.status, 200);
    assert_eq!(listed.header("x-total-count"), "18446744073709551616");
    assert_eq!(listed.header("x-offset"), "-20");
    assert_eq!(listed.header("last-modified"), "Sun, 06 Nov 1994 08:49:37 GMT");

    let bad = request(address, "GET", "/bad-header");
    assert_eq!(bad.status, 500, "a field value with a line break is refused, not sent");
    assert!(bad.text().contains("`x-note`"), "{}", bad.text());
}
