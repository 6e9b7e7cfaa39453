//! How `check` prints what it found: text laid out for the terminal, or JSON.

use std::fmt::Write as _;

use serde_json::{Value, json};
use status_atlas::Status;
use status_atlas::conformance::{Finding, Level};

use super::{Item, ReadingNote};
use crate::WIDTH;
use crate::render::spec_text;
use crate::style::Style;
use crate::wrap::wrap;

/// Column where a finding's text starts, after its level.
const INDENT: usize = 12;

/// `1 note`, `2 notes`.
fn count(number: usize, one: &str, many: &str) -> String {
    format!("{number} {}", if number == 1 { one } else { many })
}

/// Findings counted by level: MUST or MUST NOT, SHOULD or SHOULD NOT, notes.
fn tally(items: &[Item]) -> (usize, usize, usize) {
    let findings = items.iter().flat_map(|item| &item.findings);
    let levels: Vec<Level> = findings.map(|finding| finding.level).collect();
    let musts = levels.iter().filter(|level| level.is_must()).count();
    let shoulds = levels.iter().filter(|level| matches!(level, Level::Should | Level::ShouldNot)).count();
    (musts, shoulds, levels.len() - musts - shoulds)
}

pub(super) fn text(items: &[Item], notes: &[ReadingNote], style: Style) -> String {
    let mut out = String::new();
    let note_line = |out: &mut String, note: &ReadingNote| {
        let _ = writeln!(out, "  {:<width$}{}", "reading", wrap(&format!("{}.", note.text), WIDTH, INDENT), width = INDENT - 2);
    };
    for note in notes.iter().filter(|note| note.response.is_none()) {
        note_line(&mut out, note);
    }
    for (index, item) in items.iter().enumerate() {
        if index > 0 || !out.is_empty() {
            out.push('\n');
        }
        let title = format!("{}  (response {}, {})", item.status_line, index + 1, item.origin);
        let _ = writeln!(out, "{}", style.bold(&title));
        for note in notes.iter().filter(|note| note.response == Some(index + 1)) {
            note_line(&mut out, note);
        }
        if item.findings.is_empty() {
            let _ = writeln!(out, "  {}", style.dim("no findings"));
        }
        for finding in &item.findings {
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
    let (musts, shoulds, finding_notes) = tally(items);
    let mut summary = format!(
        "{} checked: {musts} MUST or MUST NOT broken, {shoulds} SHOULD or SHOULD NOT, {}",
        count(items.len(), "response", "responses"),
        count(finding_notes, "note", "notes")
    );
    if !notes.is_empty() {
        let _ = write!(summary, "; {} on reading the input", count(notes.len(), "remark", "remarks"));
    }
    summary.push('.');
    let _ = writeln!(out, "\n{}", wrap(&summary, WIDTH, 0));
    out
}

fn finding_json(index: usize, item: &Item, finding: &Finding) -> Value {
    json!({
        "response": index + 1,
        "line": item.line,
        "status": finding.status.as_u16(),
        "reason": Status::from_u16(finding.status.as_u16()).map(Status::reason),
        "level": finding.level.keyword(),
        "rule": finding.rule.key(),
        "field": finding.field,
        "message": finding.to_string(),
        "note": finding.note(),
        "spec": { "document": finding.spec.document, "section": finding.spec.section, "url": finding.spec.url },
    })
}

/// `{"responses": [..], "findings": [..], "notes": [..], "summary": {..}}`: every response read,
/// every finding (each naming its response), the notes on reading, and the counts.
pub(super) fn json(items: &[Item], notes: &[ReadingNote]) -> Value {
    let responses: Vec<Value> = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            json!({
                "response": index + 1,
                "source": item.source,
                "origin": item.origin,
                "line": item.line,
                "status": item.status.as_u16(),
                "status_line": item.status_line,
                "content_length": item.content_length,
                "findings": item.findings.len(),
            })
        })
        .collect();
    let findings: Vec<Value> = items
        .iter()
        .enumerate()
        .flat_map(|(index, item)| item.findings.iter().map(move |finding| finding_json(index, item, finding)))
        .collect();
    let notes: Vec<Value> = notes
        .iter()
        .map(|note| json!({ "response": note.response, "source": note.source, "line": note.line, "text": note.text }))
        .collect();
    let (musts, shoulds, finding_notes) = tally(items);
    json!({
        "responses": responses,
        "findings": findings,
        "notes": notes,
        "summary": { "responses": items.len(), "must": musts, "should": shoulds, "notes": finding_notes, "reading_notes": notes.len() },
    })
}
