//! `status-atlas check [FILE]`: checks raw responses against the dataset's rules and prints the
//! findings with their citations. Exit 0 when no MUST or MUST NOT is broken, 1 when one is, 2
//! when the input is not an HTTP response.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;
use std::process::ExitCode;

use http::Method;
use serde_json::{Value, json};
use status_atlas::Status;
use status_atlas::conformance::{Content, Finding, Level, Message, Request};

use crate::WIDTH;
use crate::raw_response::{self, RawResponse};
use crate::render::spec_text;
use crate::style::Style;
use crate::wrap::wrap;

/// Column where a finding's text starts, after its level.
const INDENT: usize = 12;

/// What a check printed and how it ends.
pub(crate) struct Checked {
    pub(crate) output: String,
    pub(crate) code: ExitCode,
}

/// Reads FILE (or standard input for `None` and `-`) and checks every response in it. `Err` is
/// input that cannot be read or is not an HTTP response.
pub(crate) fn run(file: Option<&Path>, method: Option<&str>, as_json: bool, style: Style) -> Result<Checked, String> {
    let method = method.map(parse_method).transpose()?;
    let input = read(file)?;
    let head = method.as_ref() == Some(&Method::HEAD);
    let responses = raw_response::parse(&input, head).map_err(|error| format!("{}: not an HTTP response: {error}", source_name(file)))?;
    let request = method.as_ref().map(Request::method);
    let checked: Vec<(&RawResponse, Vec<Finding>)> = responses.iter().map(|response| (response, findings(response, request))).collect();
    let broken = checked.iter().flat_map(|(_, findings)| findings).any(|finding| finding.level.is_must());
    let output = if as_json { crate::json::pretty(&json(&checked)) } else { text(&checked, style) };
    Ok(Checked { output, code: if broken { ExitCode::FAILURE } else { ExitCode::SUCCESS } })
}

fn parse_method(text: &str) -> Result<Method, String> {
    Method::from_bytes(text.to_ascii_uppercase().as_bytes()).map_err(|_| format!("`{text}` is not a request method"))
}

fn source_name(file: Option<&Path>) -> String {
    match file {
        Some(path) if path != Path::new("-") => path.display().to_string(),
        _ => "standard input".to_owned(),
    }
}

fn read(file: Option<&Path>) -> Result<Vec<u8>, String> {
    match file {
        Some(path) if path != Path::new("-") => std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display())),
        _ => {
            let mut input = Vec::new();
            std::io::stdin().read_to_end(&mut input).map_err(|error| format!("cannot read standard input: {error}"))?;
            Ok(input)
        }
    }
}

fn findings(response: &RawResponse, request: Option<Request>) -> Vec<Finding> {
    let content = if response.content_length == 0 { Content::Empty } else { Content::Present(Some(response.content_length as u64)) };
    let message = Message::new(response.status, &response.headers, content);
    let message = match request {
        Some(request) => message.with_request(request),
        None => message,
    };
    message.findings().collect()
}

fn text(checked: &[(&RawResponse, Vec<Finding>)], style: Style) -> String {
    let mut out = String::new();
    for (index, (response, findings)) in checked.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let title = format!("{}  (response {}, line {})", response.status_line, index + 1, response.line);
        let _ = writeln!(out, "{}", style.bold(&title));
        if findings.is_empty() {
            let _ = writeln!(out, "  {}", style.dim("no findings"));
        }
        for finding in findings {
            let level = format!("{:<width$}", finding.level.keyword(), width = INDENT - 2);
            let level = if finding.level.is_must() { style.bold(&level) } else { level };
            let _ = writeln!(out, "  {level}{}", wrap(&finding.to_string(), WIDTH, INDENT));
            if let Some(note) = finding.note() {
                let _ = writeln!(out, "{:INDENT$}{}", "", wrap(&format!("Dataset note: {note}."), WIDTH, INDENT));
            }
            let citation = format!("{} {}", spec_text(&finding.spec), finding.spec.url);
            let _ = writeln!(out, "{:INDENT$}{}", "", style.dim(&wrap(&citation, WIDTH, INDENT)));
        }
    }
    let count =
        |wanted: fn(Level) -> bool| checked.iter().flat_map(|(_, findings)| findings).filter(|finding| wanted(finding.level)).count();
    let musts = count(Level::is_must);
    let shoulds = count(|level| matches!(level, Level::Should | Level::ShouldNot));
    let notes = count(|level| level == Level::Note);
    let responses = if checked.len() == 1 { "1 response".to_owned() } else { format!("{} responses", checked.len()) };
    let _ = writeln!(out, "\n{responses} checked: {musts} MUST or MUST NOT broken, {shoulds} SHOULD or SHOULD NOT, {notes} notes.");
    out
}

fn json(checked: &[(&RawResponse, Vec<Finding>)]) -> Value {
    let findings = checked.iter().enumerate().flat_map(|(index, (response, findings))| {
        findings.iter().map(move |finding| {
            json!({
                "response": index + 1,
                "line": response.line,
                "status": finding.status.as_u16(),
                "reason": Status::from_u16(finding.status.as_u16()).map(Status::reason),
                "level": finding.level.keyword(),
                "rule": finding.rule.key(),
                "field": finding.field,
                "message": finding.to_string(),
                "note": finding.note(),
                "spec": { "document": finding.spec.document, "section": finding.spec.section, "url": finding.spec.url },
            })
        })
    });
    Value::Array(findings.collect())
}
