//! `status-atlas check [FILE | URL]...`: checks responses against the dataset's rules and prints
//! the findings with their citations. A file (or standard input) holds responses as curl prints
//! them; a URL is requested, with curl's request flags. Exit 0 when no MUST or MUST NOT is
//! broken, 1 when one is, 2 when the input is not an HTTP response or a request fails.

mod report;
pub(crate) mod request;

use std::io::Read as _;
use std::path::Path;
use std::process::ExitCode;

use http::{HeaderMap, StatusCode};
use status_atlas::conformance::{Content, Finding, Message, Request};

use crate::capture;
use crate::fetch::{self, Role};
use crate::style::Style;
use request::{Plan, RequestFlags};

/// What a check printed and how it ends.
pub(crate) struct Checked {
    pub(crate) output: String,
    pub(crate) code: ExitCode,
}

/// One response checked, wherever it came from.
pub(crate) struct Item {
    /// The status line, as sent or (for a URL) as the client reports it.
    pub(crate) status_line: String,
    /// Where the response is: its line in a capture, or the request that got it.
    pub(crate) origin: String,
    /// Its status line's line in a capture.
    pub(crate) line: Option<usize>,
    /// The file, `standard input` or the URL asked for.
    pub(crate) source: String,
    pub(crate) status: StatusCode,
    pub(crate) content_length: Option<u64>,
    pub(crate) findings: Vec<Finding>,
}

/// A note on reading the input: something assumed or changed, or a probe's outcome.
pub(crate) struct ReadingNote {
    /// The response it is about, counting from 1 over all inputs.
    pub(crate) response: Option<usize>,
    pub(crate) line: Option<usize>,
    pub(crate) source: String,
    pub(crate) text: String,
}

/// Checks every target (standard input when there is none). `Err` is input that cannot be read
/// or is not an HTTP response, a request that fails, or a flag that is wrong.
pub(crate) fn run(targets: &[String], flags: &RequestFlags, as_json: bool, style: Style) -> Result<Checked, String> {
    let plan = flags.plan()?;
    let stdin = ["-".to_owned()];
    let targets = if targets.is_empty() { &stdin[..] } else { targets };
    let mut items = Vec::new();
    let mut notes = Vec::new();
    for target in targets {
        if is_url(target) {
            url(target, &plan, flags, &mut items, &mut notes)?;
        } else {
            file(Path::new(target), &plan, targets.len() > 1, &mut items, &mut notes)?;
        }
    }
    let broken = items.iter().flat_map(|item| &item.findings).any(|finding| finding.level.is_must());
    let output = if as_json { crate::json::pretty(&report::json(&items, &notes)) } else { report::text(&items, &notes, style) };
    Ok(Checked { output, code: if broken { ExitCode::FAILURE } else { ExitCode::SUCCESS } })
}

fn is_url(target: &str) -> bool {
    let lower = target.get(..8).unwrap_or(target).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The responses of a capture in a file, or on standard input for `-`.
fn file(path: &Path, plan: &Plan, several: bool, items: &mut Vec<Item>, notes: &mut Vec<ReadingNote>) -> Result<(), String> {
    let (source, input) = if path == Path::new("-") {
        let mut input = Vec::new();
        std::io::stdin().read_to_end(&mut input).map_err(|error| format!("cannot read standard input: {error}"))?;
        ("standard input".to_owned(), input)
    } else {
        (path.display().to_string(), std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?)
    };
    let request = plan.for_capture();
    let head = plan.method == http::Method::HEAD && request.is_some();
    let capture = capture::read(&input, head).map_err(|error| format!("{source}: not an HTTP response: {error}"))?;
    let first = items.len();
    for note in capture.notes {
        let response = note.response.map(|index| first + index);
        notes.push(ReadingNote { response, line: Some(note.line), source: source.clone(), text: note.text });
    }
    for response in capture.responses {
        let content = if response.content_length == 0 { Content::Empty } else { Content::Present(Some(response.content_length as u64)) };
        let findings = findings(response.status, &response.headers, content, request, None);
        let origin = if several { format!("line {} of {source}", response.line) } else { format!("line {}", response.line) };
        items.push(Item {
            status_line: response.status_line,
            origin,
            line: Some(response.line),
            source: source.clone(),
            status: response.status,
            content_length: Some(response.content_length as u64),
            findings,
        });
    }
    Ok(())
}

/// The responses to a request for `target`: each hop with `-L`, then the conditional probe.
fn url(target: &str, plan: &Plan, flags: &RequestFlags, items: &mut Vec<Item>, notes: &mut Vec<ReadingNote>) -> Result<(), String> {
    let exchanges = fetch::fetch(target, plan, flags.location, flags.insecure)?;
    for (index, exchange) in exchanges.iter().enumerate() {
        let request = Plan::sent(&exchange.method, &exchange.request_headers);
        let ok = index.checked_sub(1).map(|previous| &exchanges[previous].headers).filter(|_| exchange.role == Role::Conditional);
        // ureq reads no content for HEAD, so whether a HEAD response carried some is unknown.
        let content = match exchange.content_length {
            _ if exchange.method == http::Method::HEAD => Content::Unknown,
            0 => Content::Empty,
            length => Content::Present(Some(length)),
        };
        let findings = findings(exchange.status, &exchange.headers, content, Some(request), ok);
        let conditional = if exchange.role == Role::Conditional { "conditional " } else { "" };
        let status_line =
            format!("{:?} {} {}", exchange.version, exchange.status.as_str(), exchange.status.canonical_reason().unwrap_or_default());
        items.push(Item {
            status_line: status_line.trim_end().to_owned(),
            origin: format!("{conditional}{} {}", exchange.method, exchange.url),
            line: None,
            source: target.to_owned(),
            status: exchange.status,
            content_length: (exchange.method != http::Method::HEAD).then_some(exchange.content_length),
            findings,
        });
        if exchange.role == Role::Conditional && exchange.status != StatusCode::NOT_MODIFIED {
            let text = format!(
                "the conditional request (the validators of the 200 in If-None-Match or If-Modified-Since) got {}, not 304, so the \
                 304 rules of RFC 9110 §15.4.5 were not exercised",
                exchange.status.as_u16()
            );
            notes.push(ReadingNote { response: Some(items.len()), line: None, source: target.to_owned(), text });
        }
    }
    Ok(())
}

fn findings(status: StatusCode, headers: &HeaderMap, content: Content, request: Option<Request>, ok: Option<&HeaderMap>) -> Vec<Finding> {
    let mut message = Message::new(status, headers, content);
    if let Some(request) = request {
        message = message.with_request(request);
    }
    if let Some(ok) = ok {
        message = message.with_ok_response(ok);
    }
    message.findings().collect()
}
