//! `status-atlas check` end to end: crafted responses from files, from standard input, and from
//! a loopback server that sends them byte for byte; exit statuses 0, 1 and 2.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::thread;

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/responses").join(name)
}

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_status-atlas")).arg("check").args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

fn check_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_status-atlas"))
        .arg("check")
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child.stdin.take().expect("a stdin pipe").write_all(input).expect("write the input");
    child.wait_with_output().expect("the binary ends")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// The findings of `--json` output.
fn json(output: &Output) -> Vec<Value> {
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    match &report["findings"] {
        Value::Array(findings) => findings.clone(),
        other => panic!("no findings array: {other}"),
    }
}

fn rules(findings: &[Value]) -> Vec<(u64, String, String)> {
    findings
        .iter()
        .map(|finding| {
            (
                finding["response"].as_u64().unwrap(),
                finding["level"].as_str().unwrap().to_owned(),
                finding["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// (response, level, rule) of each finding.
type Expected = &'static [(u64, &'static str, &'static str)];

/// The findings of each file, and the exit status.
const CASES: [(&str, Expected, i32); 9] = [
    ("no_content_with_body.http", &[(1, "MUST NOT", "forbidden-field"), (1, "MUST NOT", "content-not-allowed")], 1),
    ("method_not_allowed_without_allow.http", &[(1, "MUST", "missing-field")], 1),
    ("method_not_allowed.http", &[], 0),
    ("continue_then_created.http", &[], 0),
    ("chunked_then_not_modified.http", &[], 0),
    ("stray_content_then_next.http", &[(1, "MUST NOT", "content-not-allowed")], 1),
    ("partial_without_content_range.http", &[(1, "MUST", "missing-field")], 1),
    ("curl_decoded_chunked.http", &[], 0),
    ("should_only.http", &[(1, "SHOULD", "missing-field"), (2, "note", "unofficial-code")], 0),
];

#[test]
fn fixtures_give_their_findings_and_exit_status() {
    for (name, expected, code) in CASES {
        let output = check(&["--json", fixture(name).to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(code), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        let expected: Vec<(u64, String, String)> =
            expected.iter().map(|(index, level, rule)| (*index, (*level).to_owned(), (*rule).to_owned())).collect();
        assert_eq!(rules(&json(&output)), expected, "{name}");
    }
}

#[test]
fn text_output_cites_the_spec() {
    let output = check(&[fixture("no_content_with_body.http").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    for expected in [
        "HTTP/1.1 204 No Content  (response 1, line 1)",
        "MUST NOT  The response carries `Content-Length`, which a 204 must never have.",
        "Dataset note: a 204 never carries Content-Length.",
        "RFC 9110 §8.6 https://www.rfc-editor.org/rfc/rfc9110#section-8.6",
        "MUST NOT  The response carries 5 bytes of content",
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5",
        "1 response checked: 2 MUST or MUST NOT broken, 0 SHOULD or SHOULD NOT, 0 notes.",
    ] {
        assert!(text.contains(expected), "lacks `{expected}`:\n{text}");
    }
    assert!(text.lines().all(|line| line.chars().count() <= 80), "{text}");
    let text = stdout(&check(&[fixture("method_not_allowed.http").to_str().unwrap()]));
    assert!(text.contains("  no findings"), "{text}");
    // One of a kind is singular.
    let text = stdout(&check(&[fixture("should_only.http").to_str().unwrap()]));
    assert!(text.contains("2 responses checked: 0 MUST or MUST NOT broken, 1 SHOULD or SHOULD NOT, 1 note.\n"), "{text}");
}

#[test]
fn json_findings_carry_every_field() {
    let output = check(&["--json", fixture("method_not_allowed_without_allow.http").to_str().unwrap()]);
    let findings = json(&output);
    let finding = &findings[0];
    assert_eq!(finding["status"], 405);
    assert_eq!(finding["reason"], "Method Not Allowed");
    assert_eq!(finding["field"], "Allow");
    assert_eq!(finding["line"], 1);
    assert_eq!(finding["message"], "The response lacks `Allow`, which every 405 must carry.");
    assert_eq!(finding["spec"]["url"], "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6");
    assert!(finding["note"].as_str().unwrap().starts_with("lists the target resource"));
    // A clean input is an empty array.
    assert!(json(&check(&["--json", fixture("method_not_allowed.http").to_str().unwrap()])).is_empty());
}

#[test]
fn head_responses_carry_no_content() {
    let path = fixture("head_with_content.http");
    let output = check(&["--json", "--method", "HEAD", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(rules(&json(&output)), [(1, "MUST NOT".to_owned(), "content-in-head-response".to_owned())]);
    // Without --method, the four bytes are the 200's Content-Length worth of content.
    assert_eq!(check(&[path.to_str().unwrap()]).status.code(), Some(0));
    // A HEAD response with Content-Length and nothing after it is fine.
    let input = b"HTTP/1.1 200 OK\r\nContent-Length: 4000\r\nETag: \"a\"\r\nLast-Modified: Tue, 01 Sep 2026 10:00:00 GMT\r\n\r\n";
    let output = check_stdin(&["--method", "head"], input);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    // A 201 to GET is a note; 100 needs the request's fields, which the CLI does not have.
    let output = check_stdin(&["--json", "--method", "GET"], &std::fs::read(fixture("continue_then_created.http")).unwrap());
    assert_eq!(rules(&json(&output)), [(2, "note".to_owned(), "created-by-safe-method".to_owned())]);
    let output = check(&["--method", "NOT A METHOD", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn input_that_is_not_http_exits_2_with_a_clear_message() {
    let cases: [(&[u8], &str); 6] = [
        (b"", "the input is empty"),
        (b"<!doctype html>\n<html></html>\n", "line 1: expected a status line such as `HTTP/1.1 200 OK`, found `<!doctype html>`"),
        (b"HTTP/1.1 200 OK\r\nthis line has no colon\r\n\r\n", "line 2: expected a header field"),
        (b"HTTP/1.1 2000 OK\r\n\r\n", "line 1: `2000` is not a valid status code: RFC 9110 §15 allows three digits from 100 to 599"),
        (b"HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", "line 2: `Bad Name` is not a header field name"),
        (b"HTTP/1.1 200 OK\r\nX-A: a\x01b\r\n\r\n", "line 2: the value of `x-a` holds a control character"),
    ];
    for (input, message) in cases {
        let output = check_stdin(&[], input);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.starts_with("status-atlas: standard input: not an HTTP response: "), "{stderr}");
        assert!(stderr.contains(message), "`{message}` not in {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(output.stdout.is_empty());
    }
    for (name, message) in
        [("not_http.html", "line 1: expected a status line"), ("bad_header_line.http", "line 2: expected a header field")]
    {
        let output = check(&[fixture(name).to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        assert!(String::from_utf8_lossy(&output.stderr).contains(message), "{name}");
    }
    let output = check(&["/no/such/file"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read /no/such/file"));
}

#[test]
fn line_feeds_alone_and_folded_lines_are_read() {
    let input = b"HTTP/1.1 405 Method Not Allowed\nAllow: GET,\n HEAD\nContent-Length: 0\n\nHTTP/1.1 204 No Content\n\n";
    let output = check_stdin(&["--json"], input);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(json(&output).is_empty());
}

/// Serves `bytes` once on 127.0.0.1, then closes; the client reads until the close, as a socket
/// delivers a response.
fn over_loopback(bytes: Vec<u8>) -> Vec<u8> {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let address = listener.local_addr().expect("the bound address");
    let server = thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept the client");
        let mut request = [0u8; 1024];
        let read = stream.read(&mut request).expect("read the request");
        assert!(request[..read].starts_with(b"GET / HTTP/1.1\r\n"));
        stream.write_all(&bytes).expect("send the response");
    });
    let mut stream = TcpStream::connect(address).expect("connect");
    stream.write_all(b"GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").expect("send the request");
    let mut received = Vec::new();
    stream.read_to_end(&mut received).expect("read the response");
    server.join().expect("the server thread");
    received
}

#[test]
fn responses_from_a_loopback_server_check_as_their_files_do() {
    for (name, expected, code) in CASES {
        let bytes = std::fs::read(fixture(name)).expect("the fixture");
        let received = over_loopback(bytes.clone());
        assert_eq!(received, bytes, "{name}: the socket carries the bytes unchanged");
        let output = check_stdin(&["--json"], &received);
        assert_eq!(output.status.code(), Some(code), "{name}");
        assert_eq!(rules(&json(&output)).len(), expected.len(), "{name}");
        let from_file = check(&["--json", fixture(name).to_str().unwrap()]);
        assert_eq!(json(&output), json(&from_file), "{name}");
    }
}
