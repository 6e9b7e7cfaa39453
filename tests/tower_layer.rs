//! The conformance layer around an axum app: findings through a callback (over a real socket on
//! 127.0.0.1), through `tracing` (MUST at WARN, the rest at DEBUG), and as a panic.

mod axum_server;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::routing::get;
use http::StatusCode;
use status_atlas::conformance::{ConformanceLayer, Finding, Level};
use tower_layer::Layer;
use tower_service::Service;

const VALIDATORS: [(&str, &str); 2] = [("etag", "\"v1\""), ("last-modified", "Tue, 01 Sep 2026 10:00:00 GMT")];

fn app() -> axum::Router {
    axum::Router::new()
        .route("/fine", get(|| async { (VALIDATORS, "fine") }))
        .route("/deleted", get(|| async { (StatusCode::NO_CONTENT, "deleted") }).delete(|| async { StatusCode::NO_CONTENT }))
        .route("/read-only", get(|| async { StatusCode::METHOD_NOT_ALLOWED }))
        .route(
            "/users",
            get(|| async { (StatusCode::CREATED, [("location", "/users/7")]) })
                .post(|| async { (StatusCode::CREATED, [("location", "/users/7")]) }),
        )
        .route("/partial", get(|| async { (StatusCode::PARTIAL_CONTENT, [("content-range", "bytes 0-3/10")], "abcd") }))
}

/// Sends a request with `Connection: close` and reads the whole reply.
fn send(address: SocketAddr, method: &str, path: &str, fields: &str) -> Vec<u8> {
    let mut stream = TcpStream::connect(address).expect("connect to the test server");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("set a read timeout");
    write!(stream, "{method} {path} HTTP/1.1\r\nHost: {address}\r\n{fields}Connection: close\r\n\r\n").expect("send the request");
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).expect("read the reply");
    reply
}

#[test]
fn the_layer_reports_each_finding_through_a_callback() {
    let found: Arc<Mutex<Vec<Finding>>> = Arc::default();
    let sink = Arc::clone(&found);
    let layer = ConformanceLayer::with_callback(move |finding: &Finding| sink.lock().unwrap().push(*finding));
    let address = axum_server::serve(app().layer(layer));
    let take = |method: &str, path: &str, fields: &str| {
        let reply = send(address, method, path, fields);
        assert!(reply.starts_with(b"HTTP/1.1 "), "{}", String::from_utf8_lossy(&reply));
        let findings: Vec<(u16, Level, &str, Option<&str>)> = found
            .lock()
            .unwrap()
            .drain(..)
            .map(|finding| (finding.status.as_u16(), finding.level, finding.rule.key(), finding.field))
            .collect();
        findings
    };
    assert_eq!(take("GET", "/fine", ""), []);
    assert_eq!(take("GET", "/deleted", ""), [(204, Level::MustNot, "content-not-allowed", None)]);
    assert_eq!(take("DELETE", "/deleted", ""), []);
    // Inside `Router::layer` a 405 is not finished yet (axum may add `Allow`): left out.
    assert_eq!(take("GET", "/read-only", ""), []);
    // The request's method and fields are seen too.
    assert_eq!(take("GET", "/users", ""), [(201, Level::Note, "created-by-safe-method", None)]);
    assert_eq!(take("POST", "/users", "Content-Length: 0\r\n"), []);
    assert_eq!(take("GET", "/partial", ""), [(206, Level::Note, "partial-without-range", None)]);
    assert_eq!(take("GET", "/partial", "Range: bytes=0-3\r\n"), []);
}

/// Calls `service` once for `GET path` on this thread and waits for the response.
fn call<S>(service: &mut S, path: &str) -> StatusCode
where
    S: Service<http::Request<Body>, Response = http::Response<Body>, Error = std::convert::Infallible>,
{
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
    let request = http::Request::get(path).body(Body::empty()).unwrap();
    let response = runtime.block_on(service.call(request)).expect("infallible");
    response.status()
}

/// A `tracing` subscriber that keeps each event's level and message.
#[derive(Clone, Default)]
struct Events(Arc<Mutex<Vec<(tracing::Level, String)>>>);

struct Message<'a>(&'a mut String);

impl tracing::field::Visit for Message<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            *self.0 = format!("{value:?}");
        }
    }
}

impl tracing::Subscriber for Events {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        if event.metadata().target() == "status_atlas::conformance" {
            let mut message = String::new();
            event.record(&mut Message(&mut message));
            self.0.lock().unwrap().push((*event.metadata().level(), message));
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn tracing_warns_for_a_broken_must_and_debugs_the_rest() {
    let events = Events::default();
    let mut service = ConformanceLayer::new().layer(app().route("/plain", get(|| async { StatusCode::MOVED_PERMANENTLY })));
    tracing::subscriber::with_default(events.clone(), || {
        assert_eq!(call(&mut service, "/read-only"), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(call(&mut service, "/plain"), StatusCode::MOVED_PERMANENTLY);
        assert_eq!(call(&mut service, "/fine"), StatusCode::OK);
    });
    let events = events.0.lock().unwrap().clone();
    assert_eq!(
        events,
        [
            (tracing::Level::WARN, "The response lacks `Allow`, which every 405 must carry.".to_owned()),
            (tracing::Level::DEBUG, "The response lacks `Location`, which a 301 should carry.".to_owned()),
        ]
    );
}

#[test]
fn panicking_mode_passes_clean_responses() {
    let mut service = ConformanceLayer::panicking().layer(app());
    assert_eq!(call(&mut service, "/fine"), StatusCode::OK);
    assert_eq!(call(&mut service, "/users"), StatusCode::CREATED, "a note does not panic");
}

#[test]
#[should_panic(expected = "405 Method Not Allowed response breaks a MUST (RFC 9110 §15.5.6): The response lacks `Allow`")]
fn panicking_mode_panics_on_a_broken_must() {
    let mut service = ConformanceLayer::panicking().layer(app());
    call(&mut service, "/read-only");
}

/// An app with axum's method router (its own 405, with `Allow`), a GET route answering HEAD, a
/// handler's 405 without `Allow`, and a fallback.
fn routed() -> axum::Router {
    axum::Router::new()
        .route("/item", get(|| async { (VALIDATORS, "the item, 24 bytes long.") }).post(|| async { StatusCode::NO_CONTENT }))
        .route("/read-only", get(|| async { StatusCode::METHOD_NOT_ALLOWED }))
        .fallback(|| async { (StatusCode::NOT_FOUND, "nothing here") })
}

/// The status line and whether an `Allow` field came on the wire.
fn on_the_wire(reply: &[u8]) -> (String, bool) {
    let text = String::from_utf8_lossy(reply);
    let status_line = text.lines().next().unwrap_or_default().to_owned();
    (status_line, text.to_ascii_lowercase().contains("\r\nallow: "))
}

/// The requests both placements answer; (method, path, status line, `Allow` on the wire).
const REQUESTS: [(&str, &str, &str, bool); 5] = [
    ("GET", "/item", "HTTP/1.1 200 OK", false),
    ("HEAD", "/item", "HTTP/1.1 200 OK", false),
    ("DELETE", "/item", "HTTP/1.1 405 Method Not Allowed", true),
    ("GET", "/read-only", "HTTP/1.1 405 Method Not Allowed", false),
    ("GET", "/nowhere", "HTTP/1.1 404 Not Found", false),
];

/// A request (`GET /item`) and the (status, level, rule) of each finding its response gave.
type Seen = Vec<(String, Vec<(u16, Level, &'static str)>)>;

/// Findings, as a callback collects them.
type Found = Arc<Mutex<Vec<Finding>>>;

/// Sends every request of [`REQUESTS`], checks what came on the wire, and returns the findings
/// in order.
fn findings_of(address: SocketAddr, found: &Found) -> Seen {
    REQUESTS
        .iter()
        .map(|(method, path, status_line, allow)| {
            let reply = send(address, method, path, "");
            assert_eq!(on_the_wire(&reply), ((*status_line).to_owned(), *allow), "{method} {path}");
            if *method == "HEAD" {
                assert!(reply.ends_with(b"\r\n\r\n"), "the server sends no content for HEAD");
            }
            let findings =
                found.lock().unwrap().drain(..).map(|finding| (finding.status.as_u16(), finding.level, finding.rule.key())).collect();
            (format!("{method} {path}"), findings)
        })
        .collect()
}

fn collecting() -> (Found, ConformanceLayer<status_atlas::conformance::Callback<impl Fn(&Finding) + Clone>>) {
    let found: Found = Arc::default();
    let sink = Arc::clone(&found);
    (found, ConformanceLayer::with_callback(move |finding: &Finding| sink.lock().unwrap().push(*finding)))
}

#[test]
fn inside_router_layer_only_what_reaches_the_wire_is_a_finding() {
    let (found, layer) = collecting();
    let address = axum_server::serve(routed().layer(layer));
    let seen = findings_of(address, &found);
    // HEAD's content is dropped and axum adds `Allow` to its own 405 after the layer: neither
    // is a finding. The handler's 405 without `Allow` cannot be told from axum's here.
    assert!(seen.iter().all(|(_, findings)| findings.is_empty()), "{seen:?}");
}

#[test]
fn around_the_whole_router_a_handlers_405_without_allow_is_found() {
    let (found, layer) = collecting();
    let address = axum_server::serve(layer.layer(routed()));
    let seen = findings_of(address, &found);
    let expected: Seen = REQUESTS
        .iter()
        .map(|(method, path, ..)| {
            let findings = if *path == "/read-only" { vec![(405, Level::Must, "missing-field")] } else { vec![] };
            (format!("{method} {path}"), findings)
        })
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn panicking_at_either_placement_answers_every_clean_request() {
    // Every request but the handler's 405 is clean on the wire; none may panic (a panic would
    // leave the client without a response).
    let clean = |(_, path, ..): &&(&str, &str, &str, bool)| *path != "/read-only";
    for address in [
        axum_server::serve(routed().layer(ConformanceLayer::panicking())),
        axum_server::serve(ConformanceLayer::panicking().layer(routed())),
    ] {
        for (method, path, status_line, allow) in REQUESTS.iter().filter(clean) {
            let reply = send(address, method, path, "");
            assert_eq!(on_the_wire(&reply), ((*status_line).to_owned(), *allow), "{method} {path}");
        }
    }
}
