//! The text reference card of a status, laid out for 80 columns.

use std::fmt::Write as _;

use status_atlas::{Ecosystem, Spec, Status};

use crate::WIDTH;
use crate::style::Style;
use crate::wrap::wrap;

/// Width of the label column.
const LABEL: usize = 14;
/// Width of the ecosystem column under "Names elsewhere".
const NAME: usize = 19;

pub(crate) fn spec_text(spec: &Spec) -> String {
    match spec.section {
        Some(section) => format!("{} §{section}", spec.document),
        None => spec.document.to_owned(),
    }
}

pub(crate) fn registration_text(status: Status) -> &'static str {
    match status.registration() {
        status_atlas::Registration::Permanent if status.is_obsoleted() => "registered, obsoleted",
        status_atlas::Registration::Permanent => "registered",
        status_atlas::Registration::Temporary => "temporarily registered",
        status_atlas::Registration::Reserved => "reserved, \"(Unused)\"",
        _ => "unofficial",
    }
}

pub(crate) fn card(status: Status, style: Style) -> String {
    let mut out = String::new();
    let headline = format!("{} {}", status.code(), status.reason());
    let tag = format!("{} · {}", status.class(), registration_text(status));
    let gap = WIDTH.saturating_sub(headline.chars().count() + tag.chars().count()).max(2);
    let _ = writeln!(out, "{}{}{}", style.class(status.class(), &headline), " ".repeat(gap), style.dim(&tag));
    let _ = writeln!(out, "{}\n", wrap(status.summary(), WIDTH, 0));

    let mut row = |label: &str, value: &str| {
        let _ = writeln!(out, "{}{}", style.dim(&format!("{label:<LABEL$}")), wrap(value, WIDTH, LABEL));
    };
    if let Some(spec) = status.spec() {
        // A URL wider than the terminal loses its fragment: the section is printed before it.
        let url = if spec.url.chars().count() > WIDTH { spec.url.split_once('#').map_or(spec.url, |(page, _)| page) } else { spec.url };
        row("Spec", &format!("{} {url}", spec_text(&spec)));
    }
    if !status.previous_specs().is_empty() {
        row("Replaces", &status.previous_specs().iter().map(spec_text).collect::<Vec<_>>().join(", "));
    }
    if let Some(description) = status.record().iana_description {
        row("IANA entry", description);
    }
    if let Some(date) = status.registration_expires() {
        row("Expires", &format!("{date}: a temporary registration lapses then unless renewed or its spec is published"));
    }
    if !status.legacy_reasons().is_empty() {
        let legacy: Vec<String> =
            status.legacy_reasons().iter().map(|legacy| format!("\"{}\" ({})", legacy.reason, legacy.source)).collect();
        row("Formerly", &legacy.join(", "));
    }
    let cacheable = match status.record().cacheable_elsewhere {
        Some(rule) if !rule.cacheable => format!("never: {} ({})", rule.note, spec_text(&rule.spec)),
        Some(rule) => format!("yes, by default under {}: {}", spec_text(&rule.spec), rule.note),
        None if status.is_cacheable_by_default() => "yes, by default (RFC 9110 §15.1)".to_owned(),
        None => "only with explicit freshness".to_owned(),
    };
    row("Cacheable", &cacheable);
    row("Content", if status.body_allowed() { "allowed" } else { "never: the response ends after its headers" });
    if !status.methods().is_empty() {
        row("Methods", &status.methods().join(", "));
    }
    for (index, header) in status.headers().iter().enumerate() {
        let label = if index == 0 { "Headers" } else { "" };
        let condition = if header.conditional { " when it applies" } else { "" };
        row(label, &format!("{} ({}{condition}, {}): {}", header.field, header.level, spec_text(&header.spec), header.note));
    }
    for (index, origin) in status.origins().iter().enumerate() {
        let label = if index == 0 { "Sent by" } else { "" };
        let name = origin.name.map(|name| format!(" ({name})")).unwrap_or_default();
        row(label, &format!("{}{name}: {}", origin.who, origin.note));
    }
    out.push('\n');

    for paragraph in status.description().split("\n\n") {
        let _ = writeln!(out, "{}\n", wrap(paragraph, WIDTH, 0));
    }

    if !status.related().is_empty() {
        let _ = writeln!(out, "{}", style.bold("Related"));
        for related in status.related() {
            let other = related.status;
            // Most notes name the other code already ("Use 504 when..."); the rest get a label.
            let code = other.code().to_string();
            let named = related.why.split(|c: char| !c.is_ascii_digit()).any(|word| word == code);
            let text = if named { related.why.to_owned() } else { format!("{other}: {}", related.why) };
            let _ = writeln!(out, "  - {}", wrap(&text, WIDTH, 4));
        }
        out.push('\n');
    }
    clients(&mut out, status, style);
    if !status.notes().is_empty() {
        let _ = writeln!(out, "{}", style.bold("Notes"));
        for note in status.notes() {
            let _ = writeln!(out, "  - {}", wrap(note.text, WIDTH, 4));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "{}", style.bold("Names elsewhere"));
    for ecosystem in Ecosystem::ALL {
        let names: Vec<String> = status
            .aliases_in(ecosystem)
            .map(|alias| if alias.is_current() { alias.name.to_owned() } else { format!("{} (legacy)", alias.name) })
            .collect();
        let names = if names.is_empty() { style.dim("none") } else { names.join(", ") };
        let _ = writeln!(out, "  {}{}", style.dim(&format!("{:<NAME$}", ecosystem.short_name())), wrap(&names, WIDTH, NAME + 2));
    }
    out
}

/// "Clients": one line per fact, in the words of the docs card.
fn clients(out: &mut String, status: Status, style: Style) {
    if status.client_summary().is_empty() {
        return;
    }
    let _ = writeln!(out, "{}", style.bold("Clients"));
    for sentence in status.client_summary() {
        let _ = writeln!(out, "  - {}", wrap(sentence, WIDTH, 4));
    }
    out.push('\n');
}
