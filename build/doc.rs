//! The Markdown that rustdoc renders: one reference card per status, and the crate-level table.
//!
//! Cards link other statuses with intra-doc links (``[`Status::OK`]``), so a broken reference is a
//! `cargo doc` error, not a dead link.

use std::fmt::Write as _;

use super::model::{ClientInfo, Model, Spec, Status};
use super::schema::Body;
use super::vocabulary::{Class, Client, Ecosystem, MethodRewrite, NoteKind, Registration, Requirement, RetryCondition};

pub fn spec_link(spec: &Spec) -> String {
    match &spec.section {
        Some(section) => format!("[{} §{section}]({})", spec.document, spec.url),
        None => format!("[{}]({})", spec.document, spec.url),
    }
}

fn link(model: &Model, code: u16) -> String {
    match model.statuses.iter().find(|status| status.code == code) {
        Some(status) => format!("[`{code} {}`](crate::codes::{})", status.reason, status.const_name),
        None => code.to_string(),
    }
}

pub fn registration_text(status: &Status) -> String {
    match (status.registration, &status.registration_expires) {
        (Registration::Permanent, _) if status.obsoleted => "registered with IANA, marked obsoleted: not for new use".to_owned(),
        (Registration::Permanent, _) => "registered with IANA".to_owned(),
        (Registration::Temporary, Some(date)) => format!(
            "temporarily registered with IANA until {date}: after that date IANA may remove the code unless the \
             registration is renewed or its specification is published, so check the registry"
        ),
        (Registration::Temporary, None) => "temporarily registered with IANA".to_owned(),
        (Registration::Reserved, _) => "reserved by IANA (\"(Unused)\")".to_owned(),
        (Registration::Unofficial, _) => "unofficial: not in the IANA registry".to_owned(),
    }
}

/// The docs of a `Status` const: one line, linking to the full card in `codes`, so that the
/// `Status` page stays a list of methods and short entries.
pub fn brief(status: &Status) -> String {
    format!("[`{0} {1}`](crate::codes::{2}): {3}", status.code, status.reason, status.const_name, status.summary)
}

/// The reference card of one status: the docs of its page in the `codes` module.
pub fn card(model: &Model, status: &Status) -> String {
    let mut doc = String::new();
    let code = status.code;
    let _ = writeln!(doc, "**{code} {}**: {}\n", status.reason, status.summary);
    let _ = writeln!(doc, "{}\n", status.description);

    facts(&mut doc, status);
    headers(&mut doc, status);
    clients(&mut doc, model, status);
    origins(&mut doc, status);
    related(&mut doc, model, status);
    notes(&mut doc, status);
    aliases(&mut doc, status);
    doc
}

/// The table of facts under the headline.
fn facts(doc: &mut String, status: &Status) {
    let code = status.code;
    let _ = writeln!(doc, "| Property | Value |\n|---|---|");
    let _ = writeln!(doc, "| Class | [`Class::{:?}`](crate::Class::{:?}) ({}xx) |", status.class, status.class, code / 100);
    let _ = writeln!(doc, "| Status | {} |", registration_text(status));
    if let Some(spec) = &status.spec {
        let _ = writeln!(doc, "| Defined in | {} |", spec_link(spec));
    }
    if !status.previous_specs.is_empty() {
        let mut list = Vec::new();
        for spec in &status.previous_specs {
            list.push(spec_link(spec));
        }
        let _ = writeln!(doc, "| Previously | {} |", list.join(", "));
    }
    if let Some(description) = &status.iana_description {
        let _ = writeln!(doc, "| IANA registry entry | \"{description}\" |");
    }
    if !status.legacy_reasons.is_empty() {
        let mut list = Vec::new();
        for (reason, source) in &status.legacy_reasons {
            list.push(format!("\"{reason}\" ({source})"));
        }
        let _ = writeln!(doc, "| Earlier reason phrases | {} |", list.join(", "));
    }
    let cacheable = match &status.cacheable_elsewhere {
        Some(rule) if !rule.cacheable => format!("never: {} ({})", rule.note, spec_link(&rule.spec)),
        Some(rule) => format!("yes, under {}: {}", spec_link(&rule.spec), rule.note),
        None if status.cacheable_by_default => "yes (RFC 9110 §15.1)".to_owned(),
        None => "no (only with explicit freshness)".to_owned(),
    };
    let _ = writeln!(doc, "| Cacheable by default | {cacheable} |");
    let body = match status.body {
        Body::Allowed => "allowed",
        Body::Forbidden => "never: the response ends after its header section",
    };
    let _ = writeln!(doc, "| Content | {body} |");
    if !status.methods.is_empty() {
        let mut list = Vec::new();
        for method in &status.methods {
            list.push(format!("`{method}`"));
        }
        let _ = writeln!(doc, "| Typical methods | {} |", list.join(", "));
    }
    doc.push('\n');
}

fn headers(doc: &mut String, status: &Status) {
    if !status.headers.is_empty() {
        let _ = writeln!(doc, "# Header fields\n\n| Field | Level | Spec | Purpose |\n|---|---|---|---|");
        for header in &status.headers {
            let level = match header.level {
                Requirement::Expected => "expected (no keyword)".to_owned(),
                level if header.conditional => format!("{} (when the purpose applies)", level.keyword()),
                level => level.keyword().to_owned(),
            };
            let _ = writeln!(doc, "| `{}` | {level} | {} | {} |", header.field, spec_link(&header.spec), header.note);
        }
        doc.push('\n');
    }
}

/// "Clients": who follows, retries or reads no body from the status, with the sources linked.
fn clients(doc: &mut String, model: &Model, status: &Status) {
    let sentences = client_sentences(model, status);
    if sentences.is_empty() {
        return;
    }
    let _ = writeln!(doc, "# Clients\n");
    for sentence in &sentences {
        let _ = writeln!(doc, "- {sentence}");
    }
    let mut named = status.null_body.clone();
    for redirect in &status.redirect {
        named.push(redirect.client);
    }
    for retry in &status.retried_by {
        named.push(retry.client);
    }
    let mut sources = Vec::new();
    for info in &model.clients {
        if named.contains(&info.client) {
            sources.push(format!("[{}]({}) ({})", info.document, info.url, info.version));
        }
    }
    let _ = writeln!(doc, "\nRead from {}.\n", sources.join("; "));
}

/// The "Clients" sentences, for the docs card and `Status::client_summary` (which the CLI card
/// prints): "Browsers (Fetch) follow it; a POST becomes a GET." and "curl retries it (since
/// 7.12.3; Retry-After honoured since 7.66.0).".
pub fn client_sentences(model: &Model, status: &Status) -> Vec<String> {
    let mut sentences = Vec::new();
    // Clients that rewrite the method alike share a sentence, in the order they first appear.
    let mut groups: Vec<(Option<&'static str>, Vec<String>)> = Vec::new();
    for redirect in &status.redirect {
        let phrase = redirect.method.map(MethodRewrite::phrase);
        let client = redirect.client.name();
        let name = match (&redirect.since, &redirect.until) {
            (Some(since), Some(until)) => format!("{client} (from {since} until {until})"),
            (Some(since), None) => format!("{client} (since {since})"),
            (None, Some(until)) => format!("{client} (until {until})"),
            (None, None) => client.to_owned(),
        };
        match groups.iter_mut().find(|(other, _)| *other == phrase) {
            Some((_, names)) => names.push(name),
            None => groups.push((phrase, vec![name])),
        }
    }
    for (phrase, names) in groups {
        let verb = if names.len() == 1 && !names[0].starts_with(Client::Fetch.name()) { "follows" } else { "follow" };
        sentences.push(match phrase {
            Some(phrase) => format!("{} {verb} it; {phrase}.", and_list(&names)),
            None => format!("{} {} it as a redirect.", and_list(&names), if names.len() == 1 { "lists" } else { "list" }),
        });
    }
    for redirect in &status.redirect {
        if let Some(note) = &redirect.note {
            sentences.push(format!("{}: {note}", redirect.client.name()));
        }
    }
    for retry in &status.retried_by {
        let info = client_info(model, retry.client);
        let methods = if retry.methods.is_empty() { String::new() } else { format!(", for {} requests", and_list(&retry.methods)) };
        let mut remarks = Vec::new();
        match (&retry.since, &retry.until) {
            (Some(since), Some(until)) => remarks.push(format!("from {since} until {until}")),
            (Some(since), None) => remarks.push(format!("since {since}")),
            _ => {}
        }
        let waits = info
            .and_then(|info| info.honours_retry_after.as_ref())
            .filter(|_| retry.condition != RetryCondition::RetryAfter && retry.until.is_none());
        if let Some(since) = waits {
            remarks.push(format!("Retry-After honoured since {since}"));
        }
        let remarks = if remarks.is_empty() { String::new() } else { format!(" ({})", remarks.join("; ")) };
        let verb = if retry.until.is_some() { "retried it".to_owned() } else { retry.condition.phrase().to_owned() };
        sentences.push(format!("{} {verb}{methods}{remarks}.", retry.client.name()));
    }
    if !status.null_body.is_empty() {
        let mut names = Vec::new();
        for client in &status.null_body {
            names.push(client.name().to_owned());
        }
        let verb = if status.null_body == [Client::Fetch] || names.len() > 1 { "treat" } else { "treats" };
        sentences.push(format!("{} {verb} it as having no body.", and_list(&names)));
    }
    sentences
}

fn client_info(model: &Model, client: Client) -> Option<&ClientInfo> {
    model.clients.iter().find(|info| info.client == client)
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn origins(doc: &mut String, status: &Status) {
    if !status.origins.is_empty() {
        let _ = writeln!(doc, "# Who sends it\n");
        for origin in &status.origins {
            let mut line = format!("- **{}**", origin.who);
            if let Some(name) = &origin.name {
                let _ = write!(line, " (`{name}`)");
            }
            if let Some(phrase) = &origin.phrase {
                let _ = write!(line, ", \"{phrase}\"");
            }
            let _ = writeln!(doc, "{line}: {}", origin.note);
        }
        doc.push('\n');
    }
}

fn related(doc: &mut String, model: &Model, status: &Status) {
    if !status.related.is_empty() {
        let _ = writeln!(doc, "# Related codes\n");
        for (other, why) in &status.related {
            let _ = writeln!(doc, "- {}: {why}", link(model, *other));
        }
        doc.push('\n');
    }
}

fn notes(doc: &mut String, status: &Status) {
    if !status.notes.is_empty() {
        let _ = writeln!(doc, "# Notes\n");
        for (kind, text) in &status.notes {
            let label = match kind {
                NoteKind::History => "History",
                NoteKind::Client => "Clients",
                NoteKind::Practice => "In practice",
                NoteKind::Clash => "Clash",
            };
            let _ = writeln!(doc, "- *{label}*: {text}");
        }
        doc.push('\n');
    }
}

/// The names table: only ecosystems that have a name, and a remarks column only when some name
/// has a remark.
fn aliases(doc: &mut String, status: &Status) {
    // The rows of both tables, with and without remarks; which one is used is known at the end.
    let (mut with_remarks, mut without_remarks) = (String::new(), String::new());
    let mut any_remarks = false;
    for (ecosystem, names) in Ecosystem::ALL.into_iter().zip(&status.aliases) {
        for (index, alias) in names.iter().enumerate() {
            let label = if index == 0 { ecosystem.name() } else { "" };
            let release = ecosystem.release_name();
            let mut remarks = Vec::new();
            if let Some(version) = &alias.since {
                remarks.push(format!("since {release} {version}"));
            }
            if let Some(version) = &alias.legacy_since {
                remarks.push(format!("legacy since {release} {version}"));
            }
            if let Some(version) = &alias.removed_in {
                remarks.push(format!("removed in {release} {version}"));
            }
            if alias.deprecated {
                remarks.push("deprecated".to_owned());
            }
            if let Some(note) = &alias.note {
                remarks.push(note.clone());
            }
            let (name, remarks) = (escape_cell(&alias.name), escape_cell(&remarks.join("; ")));
            any_remarks |= !remarks.is_empty();
            let _ = writeln!(with_remarks, "| {label} | `{name}` | {remarks} |");
            let _ = writeln!(without_remarks, "| {label} | `{name}` |");
        }
    }
    if without_remarks.is_empty() {
        return;
    }
    let _ = writeln!(doc, "# Names in other ecosystems\n");
    if any_remarks {
        let _ = writeln!(doc, "| Ecosystem | Name | Remarks |\n|---|---|---|");
        doc.push_str(&with_remarks);
    } else {
        let _ = writeln!(doc, "| Ecosystem | Name |\n|---|---|");
        doc.push_str(&without_remarks);
    }
}

fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// Where users search: rustdoc's search box takes words, so punctuated names need a hint.
pub const SEARCH_HINT: &str = "To find a status in these docs, type its code (`204`), its phrase (`no content`) or a bare \
     name from another ecosystem (`no_content`, `StatusNoContent`, `HTTP_NO_CONTENT`) into the search box. rustdoc's \
     search cannot parse punctuated names such as `:no_content` or `http.StatusNoContent`: leave out the `:` and the \
     qualifier. [`Status::lookup`](crate::Status::lookup) takes them all.";

const CLASSES: [(Class, &str); 5] = [
    (Class::Informational, "1xx Informational"),
    (Class::Success, "2xx Success"),
    (Class::Redirection, "3xx Redirection"),
    (Class::ClientError, "4xx Client Error"),
    (Class::ServerError, "5xx Server Error"),
];

/// The short overview for the crate root: a row per class, each code linking to its card.
pub fn overview(model: &Model) -> String {
    let mut doc = String::from("| Class | Codes |\n|---|---|\n");
    for (class, title) in CLASSES {
        let mut codes = Vec::new();
        for status in model.statuses.iter().filter(|status| status.class == class) {
            codes.push(format!("[{}](crate::codes::{} \"{} {}\")", status.code, status.const_name, status.code, status.reason));
        }
        let _ = writeln!(doc, "| {title} | {} |", codes.join(" "));
    }
    doc
}

/// The full table of every status in `codes`, grouped by class, each code linking to its card.
pub fn table(model: &Model) -> String {
    let mut doc = String::new();
    for (class, title) in CLASSES {
        let _ = writeln!(doc, "### {title}\n\n| Code | Reason | Const | Registered | Cacheable | Summary |\n|---|---|---|---|---|---|");
        for status in model.statuses.iter().filter(|status| status.class == class) {
            let registered = match status.registration {
                Registration::Permanent => "yes",
                Registration::Temporary => "temporary",
                Registration::Reserved => "reserved",
                Registration::Unofficial => "no",
            };
            let cacheable = if status.cacheable_by_default { "yes" } else { "" };
            let _ = writeln!(
                doc,
                "| [{}](crate::codes::{}) | {} | `{}` | {registered} | {cacheable} | {} |",
                status.code, status.const_name, status.reason, status.const_name, status.summary
            );
        }
        doc.push('\n');
    }
    doc
}
