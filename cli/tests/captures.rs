//! `status-atlas check` on real captures: curl's output from nginx, Apache httpd (CGI), Node's
//! http and Python's http.server on 127.0.0.1, recorded by `tests/fixtures/captures/record.sh`
//! (each capture's `.about` names the server, its version and the curl command). Every class of
//! input the reader once got wrong is here: redirect chains (`-L`, `-IL`), several URLs whose
//! first content lacks a final line end, decoded chunks and gzip content that quote status lines,
//! `--raw`, `-D -`, HTTP/2, an interim 100, encodings, `curl -v` output, an invalid code and
//! framing conflicts.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

fn capture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/captures").join(format!("{name}.http"))
}

fn check(args: &[&str], name: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_status-atlas"))
        .arg("--json")
        .arg("check")
        .args(args)
        .arg(capture(name))
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// What a capture reads as.
struct Expected {
    name: &'static str,
    /// The flags given before the file.
    args: &'static [&'static str],
    /// The status of each response read, in order.
    statuses: &'static [u16],
    /// (response, level, rule) of each finding.
    findings: &'static [(u64, &'static str, &'static str)],
    /// Words each note on reading has, in order.
    notes: &'static [&'static str],
}

const fn case(
    name: &'static str,
    statuses: &'static [u16],
    findings: &'static [(u64, &'static str, &'static str)],
    notes: &'static [&'static str],
) -> Expected {
    Expected { name, args: &[], statuses, findings, notes }
}

const MISSING_ALLOW: (u64, &str, &str) = (2, "MUST", "missing-field");
const HEAD_NOTE: &str = "read as an answer to HEAD (`curl -I`)";
const QUOTES_NOTE: &str = "starts like a status line but is read as content";

const CASES: &[Expected] = &[
    // curl -L prints no content for the redirects it follows; their Content-Length eats nothing.
    case("nginx_siL_301_to_json", &[301, 200], &[], &[]),
    case("nginx_siL_307_to_204", &[307, 204], &[], &[]),
    case("nginx_sIL_302_to_401", &[302, 401], &[(2, "MUST", "missing-field")], &[HEAD_NOTE]),
    Expected { args: &["-I"], ..case("nginx_sIL_302_to_401", &[302, 401], &[(2, "MUST", "missing-field")], &[]) },
    case("nginx_sI_two_urls", &[200, 200], &[], &[HEAD_NOTE]),
    case("apache_sI_static", &[200], &[], &[HEAD_NOTE]),
    // Content curl decoded is content, whatever it quotes.
    case("nginx_si_compressed_quotes", &[200], &[], &["line 20 (and 5 more) starts like a status line but is read as content"]),
    case("nginx_siL_compressed_quotes", &[302, 200], &[], &[QUOTES_NOTE]),
    case("nginx_h2_compressed_quotes", &[200, 200], &[], &[QUOTES_NOTE, "response 2 is taken to start at line 50"]),
    case("node_looks_chunked", &[200], &[], &[]),
    case("node_quotes_two_urls", &[200, 200], &[], &["line 9 starts like a status line", "response 2 is taken to start at line 13"]),
    case("node_raw_chunks", &[200, 200], &[], &[]),
    // Several URLs: the next response starts right after content with no final line end.
    case("nginx_si_post_two_urls", &[200, 405], &[MISSING_ALLOW], &[]),
    case("node_chunked_then_nginx_405", &[200, 405], &[MISSING_ALLOW], &["came in chunks, which curl prints decoded"]),
    case("nginx_D_two_urls", &[200, 200], &[], &[]),
    case("nginx_h2_two_urls", &[200, 200], &[], &[]),
    // Real violations are still found.
    case("apache_cgi_401", &[401], &[(1, "MUST", "missing-field")], &[]),
    case("python_length_and_chunks", &[200], &[(1, "MUST NOT", "content-length-with-transfer-encoding")], &[]),
    case("python_two_lengths", &[200], &[(1, "MUST NOT", "differing-content-lengths")], &[]),
    // Encodings and line ends that editors and shells introduce.
    case("nginx_utf8_bom", &[200, 405], &[MISSING_ALLOW], &["UTF-8 byte-order mark"]),
    case("nginx_utf16", &[200, 405], &[MISSING_ALLOW], &["UTF-16 (little-endian, with a byte-order mark"]),
    case("nginx_cr_cr_lf", &[301, 200], &[], &["CR CR LF"]),
    // -H states the request a capture answers, so the rules about it run.
    case("apache_continue_created", &[100, 201], &[], &[]),
    Expected { args: &["-X", "POST", "-H", "Expect: 100-continue"], ..case("apache_continue_created", &[100, 201], &[], &[]) },
    Expected {
        args: &["-X", "POST", "-H", "Content-Type: text/plain"],
        ..case("apache_continue_created", &[100, 201], &[(1, "note", "continue-without-expectation")], &[])
    },
    Expected { args: &["-X", "GET"], ..case("apache_continue_created", &[100, 201], &[(2, "note", "created-by-safe-method")], &[]) },
    case("nginx_range", &[206], &[], &[]),
    Expected { args: &["-H", "Range: bytes=0-5"], ..case("nginx_range", &[206], &[], &[]) },
    Expected { args: &["-H", "Accept: */*"], ..case("nginx_range", &[206], &[(1, "note", "partial-without-range")], &[]) },
];

#[test]
fn every_capture_reads_as_its_responses_with_their_findings() {
    for expected in CASES {
        let output = check(expected.args, expected.name);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|_| panic!("{}: no JSON; {stderr}", expected.name));
        let statuses: Vec<u64> =
            report["responses"].as_array().unwrap().iter().map(|response| response["status"].as_u64().unwrap()).collect();
        let wanted: Vec<u64> = expected.statuses.iter().map(|status| u64::from(*status)).collect();
        assert_eq!(statuses, wanted, "{} {:?}", expected.name, expected.args);
        assert_eq!(report["summary"]["responses"], expected.statuses.len(), "{}", expected.name);
        let findings: Vec<(u64, String, String)> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|finding| {
                let text = |key: &str| finding[key].as_str().unwrap().to_owned();
                (finding["response"].as_u64().unwrap(), text("level"), text("rule"))
            })
            .collect();
        let wanted: Vec<(u64, String, String)> =
            expected.findings.iter().map(|(response, level, rule)| (*response, (*level).to_owned(), (*rule).to_owned())).collect();
        assert_eq!(findings, wanted, "{} {:?}", expected.name, expected.args);
        let notes: Vec<&str> = report["notes"].as_array().unwrap().iter().map(|note| note["text"].as_str().unwrap()).collect();
        assert_eq!(notes.len(), expected.notes.len(), "{}: {notes:#?}", expected.name);
        for (note, words) in notes.iter().zip(expected.notes) {
            assert!(note.contains(words), "{}: `{words}` not in `{note}`", expected.name);
        }
        let broken = expected.findings.iter().any(|(_, level, _)| level.starts_with("MUST"));
        assert_eq!(output.status.code(), Some(i32::from(broken)), "{}", expected.name);
    }
}

#[test]
fn content_that_looks_like_chunks_is_content() {
    let output = check(&[], "node_looks_chunked");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    // `0\r\n\r\ntail text\n`, as curl printed it after decoding the chunks.
    assert_eq!(report["responses"][0]["content_length"], "0\r\n\r\ntail text\n".len());
}

#[test]
fn raw_chunks_count_their_content() {
    let output = check(&[], "node_raw_chunks");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["responses"][0]["content_length"], "{\"a\":1}".len());
    assert_eq!(
        report["responses"][1]["content_length"],
        "A 204 reads:\nHTTP/1.1 204 No Content\nContent-Length: 0\n\nand ends there.\n".len()
    );
}

#[test]
fn what_is_not_a_capture_says_what_it_is() {
    for (name, message) in [
        ("nginx_verbose", "line 1: this looks like `curl -v` output; use `curl -si`"),
        (
            "python_six_hundred",
            "line 1: `600` is not a valid status code: RFC 9110 §15 allows three digits from 100 to 599 \
             (https://www.rfc-editor.org/rfc/rfc9110#section-15)",
        ),
    ] {
        let output = check(&[], name);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{name}: {stderr}");
    }
}

#[test]
fn every_capture_has_its_sidecar() {
    let directory = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/captures");
    for entry in std::fs::read_dir(&directory).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|extension| extension == "http") {
            let about =
                std::fs::read_to_string(path.with_extension("about")).unwrap_or_else(|_| panic!("{} lacks its .about", path.display()));
            for key in ["server: ", "client: curl ", "command: "] {
                assert!(about.contains(key), "{}: no `{key}`", path.display());
            }
        }
    }
}
