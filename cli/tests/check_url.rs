//! `status-atlas check URL`: requests sent by the command itself (ureq, rustls) to servers on
//! 127.0.0.1 started by these tests: the project's axum test server, nginx (skipped, with the
//! reason printed, only where nginx is not installed; `.ci/run` installs it), and a TLS server
//! with a self-signed certificate made here with rcgen, for `-k`.

#[path = "../../tests/axum_server/mod.rs"]
mod axum_server;

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use serde_json::Value;

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_status-atlas")).args(["--json", "check"]).args(args).output().expect("the binary runs")
}

/// (status of each response, (response, level, rule, field) of each finding, exit status).
type Seen = (Vec<u64>, Vec<(u64, String, String, Option<String>)>, Option<i32>);

fn seen(output: &Output) -> Seen {
    let report: Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|_| panic!("no JSON: {}", String::from_utf8_lossy(&output.stderr)));
    let statuses = report["responses"].as_array().unwrap().iter().map(|response| response["status"].as_u64().unwrap()).collect();
    let findings = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| {
            let text = |key: &str| finding[key].as_str().unwrap().to_owned();
            (finding["response"].as_u64().unwrap(), text("level"), text("rule"), finding["field"].as_str().map(str::to_owned))
        })
        .collect();
    (statuses, findings, output.status.code())
}

fn finding(response: u64, level: &str, rule: &str, field: Option<&str>) -> (u64, String, String, Option<String>) {
    (response, level.to_owned(), rule.to_owned(), field.map(str::to_owned))
}

const ETAG: &str = "\"v1\"";

/// A 200 with validators; the conditional request gets a 304, with or without the
/// `Cache-Control` the 200 carries.
fn validated(request: &HeaderMap, keep_cache_control: bool) -> axum::response::Response {
    let matches = request.get(header::IF_NONE_MATCH).is_some_and(|value| value == ETAG);
    let cache_control = [(header::CACHE_CONTROL, "max-age=60")];
    if matches && keep_cache_control {
        (StatusCode::NOT_MODIFIED, [(header::ETAG, ETAG)], cache_control).into_response()
    } else if matches {
        (StatusCode::NOT_MODIFIED, [(header::ETAG, ETAG)]).into_response()
    } else {
        (cache_control, [(header::ETAG, ETAG), (header::LAST_MODIFIED, "Tue, 01 Sep 2026 10:00:00 GMT")], "fresh").into_response()
    }
}

fn app() -> axum::Router {
    axum::Router::new()
        .route("/validated", get(|headers: HeaderMap| async move { validated(&headers, true) }))
        .route("/forgets-cache-control", get(|headers: HeaderMap| async move { validated(&headers, false) }))
        .route("/read-only", get(|| async { "read me" }).post(|| async { StatusCode::METHOD_NOT_ALLOWED }))
        .route("/old", get(|| async { (StatusCode::FOUND, [(header::LOCATION, "/secret")], "moved") }))
        .route("/secret", get(|| async { StatusCode::UNAUTHORIZED }))
        .route("/users", get(|| async { "users" }).post(|| async { (StatusCode::CREATED, [(header::LOCATION, "/users/7")]) }))
        .route("/partial", get(|| async { (StatusCode::PARTIAL_CONTENT, [(header::CONTENT_RANGE, "bytes 0-3/10")], "abcd") }))
}

#[test]
fn the_axum_test_server() {
    let base = format!("http://{}", axum_server::serve(app()));
    let url = |path: &str| format!("{base}{path}");
    // The conditional probe: the 304 is checked against the 200 before it.
    assert_eq!(seen(&check(&[&url("/validated")])), (vec![200, 304], vec![], Some(0)));
    assert_eq!(
        seen(&check(&[&url("/forgets-cache-control")])),
        (vec![200, 304], vec![finding(2, "MUST", "missing-field", Some("Cache-Control"))], Some(1))
    );
    // HEAD (-I) is probed too.
    assert_eq!(seen(&check(&["-I", &url("/validated")])).0, [200, 304]);
    // -X and -d: the method the rules see is the one sent.
    assert_eq!(
        seen(&check(&["-X", "POST", &url("/read-only")])),
        (vec![405], vec![finding(1, "MUST", "missing-field", Some("Allow"))], Some(1))
    );
    assert_eq!(seen(&check(&["-d", "name=a", &url("/users")])), (vec![201], vec![], Some(0)));
    // -L: every hop is checked; without it, only the redirect.
    assert_eq!(seen(&check(&[&url("/old")])), (vec![302], vec![], Some(0)));
    assert_eq!(
        seen(&check(&["-L", &url("/old")])),
        (vec![302, 401], vec![finding(2, "MUST", "missing-field", Some("WWW-Authenticate"))], Some(1))
    );
    // -H: request fields the rules look at.
    assert_eq!(seen(&check(&[&url("/partial")])), (vec![206], vec![finding(1, "note", "partial-without-range", None)], Some(0)));
    assert_eq!(seen(&check(&["-H", "Range: bytes=0-3", &url("/partial")])), (vec![206], vec![], Some(0)));
    // A URL and a capture in one call.
    let capture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/captures/apache_cgi_401.http");
    let output = check(&[&url("/validated"), capture.to_str().unwrap()]);
    assert_eq!(seen(&output).0, [200, 304, 401]);
    // Nothing listening: exit 2 with the request named.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let output = check(&[&format!("http://{closed}/")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(&format!("GET http://{closed}/")));
}

/// nginx in the foreground, in one process, serving `hello.txt` from a temporary directory.
struct Nginx {
    child: Child,
    address: SocketAddr,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_nginx() -> Option<Nginx> {
    if Command::new("nginx").arg("-v").stderr(Stdio::null()).status().is_err() {
        println!("skipped: nginx is not installed (`.ci/run` installs it with apt-get)");
        return None;
    }
    let root = std::env::temp_dir().join(format!("status-atlas-nginx-{}", std::process::id()));
    std::fs::create_dir_all(root.join("www")).unwrap();
    std::fs::write(root.join("www/hello.txt"), "hello\n").unwrap();
    let address = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let root_text = root.display();
    let config = format!(
        "daemon off; master_process off; error_log stderr; pid {root_text}/nginx.pid;\n\
         events {{ worker_connections 16; }}\n\
         http {{ access_log off; client_body_temp_path {root_text}; proxy_temp_path {root_text}; fastcgi_temp_path {root_text};\n\
         uwsgi_temp_path {root_text}; scgi_temp_path {root_text}; types {{ text/plain txt; }}\n\
         server {{ listen {address}; root {root_text}/www; location = /old {{ return 302 /hello.txt; }} }} }}\n"
    );
    std::fs::write(root.join("nginx.conf"), config).unwrap();
    let child = Command::new("nginx")
        .args(["-c", root.join("nginx.conf").to_str().unwrap(), "-e", "stderr"])
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx starts");
    let started = Instant::now();
    while TcpStream::connect(address).is_err() {
        assert!(started.elapsed() < Duration::from_secs(10), "nginx did not listen on {address}");
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(Nginx { child, address })
}

#[test]
fn nginx() {
    let Some(nginx) = start_nginx() else { return };
    let url = |path: &str| format!("http://{}{path}", nginx.address);
    // A static file: the 200 has ETag and Last-Modified, and nginx's 304 repeats what it must.
    assert_eq!(seen(&check(&[&url("/hello.txt")])), (vec![200, 304], vec![], Some(0)));
    // nginx's 405 for POST to a static file has no Allow: a real violation.
    assert_eq!(
        seen(&check(&["-X", "POST", &url("/hello.txt")])),
        (vec![405], vec![finding(1, "MUST", "missing-field", Some("Allow"))], Some(1))
    );
    assert_eq!(seen(&check(&["-L", &url("/old")])).0, [302, 200, 304]);
    assert_eq!(seen(&check(&["-I", &url("/hello.txt")])).0, [200, 304]);
}

/// Serves one fixed response over TLS with a self-signed certificate for 127.0.0.1, made here.
fn tls_server() -> SocketAddr {
    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).unwrap();
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(certified.signing_key.serialize_der().into());
    // The provider is the one the crate's features name (ring, as ureq uses).
    let config = rustls::ServerConfig::builder().with_no_client_auth().with_single_cert(vec![certified.cert.der().clone()], key).unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let Ok(connection) = rustls::ServerConnection::new(Arc::clone(&config)) else { continue };
            let mut tls = rustls::StreamOwned::new(connection, stream);
            // A client that rejects the certificate ends the handshake here; that is expected.
            let mut reader = BufReader::new(&mut tls);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|read| read > 2) {
                line.clear();
            }
            let response = b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            let _ = tls.write_all(response);
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    address
}

#[test]
fn https_with_a_self_signed_certificate_needs_k() {
    let address = tls_server();
    let url = format!("https://{address}/");
    let output = check(&[&url]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&format!("GET {url}")) && stderr.to_lowercase().contains("certificate"), "{stderr}");
    assert_eq!(seen(&check(&["-k", &url])), (vec![405], vec![finding(1, "MUST", "missing-field", Some("Allow"))], Some(1)));
}
