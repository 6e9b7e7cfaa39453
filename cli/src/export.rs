//! `status-atlas export`: the whole dataset as JSON, CSV or Markdown.

use std::fmt::Write as _;

use status_atlas::{Ecosystem, Status};

use crate::render::{registration_text, spec_text};
use crate::{Format, json};

pub(crate) fn run(format: Format) -> String {
    match format {
        Format::Json => json::statuses(Status::ALL.iter().copied()),
        Format::Csv => csv(),
        Format::Markdown => markdown(),
    }
}

/// A CSV field, quoted when it has to be (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_owned() }
}

fn csv() -> String {
    let mut header = vec![
        "code",
        "reason",
        "class",
        "registered",
        "cacheable_by_default",
        "body_allowed",
        "spec_document",
        "spec_section",
        "spec_url",
        "summary",
    ];
    header.extend(Ecosystem::ALL.iter().map(|ecosystem| ecosystem.key()));
    let mut out = header.join(",");
    out.push_str("\r\n");
    for status in Status::ALL {
        let spec = status.spec();
        let mut row = vec![
            status.code().to_string(),
            status.reason().to_owned(),
            status.class().key().to_owned(),
            status.is_registered().to_string(),
            status.is_cacheable_by_default().to_string(),
            status.body_allowed().to_string(),
            spec.map(|spec| spec.document.to_owned()).unwrap_or_default(),
            spec.and_then(|spec| spec.section).unwrap_or_default().to_owned(),
            spec.map(|spec| spec.url.to_owned()).unwrap_or_default(),
            status.summary().to_owned(),
        ];
        row.extend(
            Ecosystem::ALL.iter().map(|ecosystem| status.aliases_in(*ecosystem).map(|alias| alias.name).collect::<Vec<_>>().join("; ")),
        );
        out.push_str(&row.iter().map(|text| field(text)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn markdown() -> String {
    let mut out = String::from(
        "# HTTP status codes\n\n| Code | Reason | Class | Registration | Cacheable | Spec | Summary |\n|---|---|---|---|---|---|---|\n",
    );
    for status in Status::ALL {
        let spec = status.spec().map(|spec| format!("[{}]({})", spec_text(&spec), spec.url)).unwrap_or_default();
        let cacheable = if status.is_cacheable_by_default() { "yes" } else { "" };
        let _ = writeln!(
            out,
            "| [{0}](#{0}) | {1} | {2} | {3} | {cacheable} | {spec} | {4} |",
            status.code(),
            cell(status.reason()),
            status.class(),
            registration_text(*status),
            cell(status.summary())
        );
    }
    for status in Status::ALL {
        let _ = writeln!(out, "\n## {}\n\n<a id=\"{}\"></a>{}\n\n{}\n", status, status.code(), status.summary(), status.description());
        let _ = writeln!(out, "| Ecosystem | Names |\n|---|---|");
        for ecosystem in Ecosystem::ALL {
            let names: Vec<String> = status.aliases_in(ecosystem).map(|alias| format!("`{}`", cell(alias.name))).collect();
            if !names.is_empty() {
                let _ = writeln!(out, "| {} | {} |", ecosystem.name(), names.join(", "));
            }
        }
    }
    out
}
