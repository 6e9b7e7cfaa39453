//! `status-atlas list [FILTER]`: a table of codes.

use std::fmt::Write as _;

use status_atlas::{Class, Status};

use crate::failure::{self, Failure};
use crate::style::Style;
use crate::wrap::truncate;
use crate::{Outcome, WIDTH, clients, json};

const FILTERS: &str = "1xx to 5xx, informational, success, redirection, client-error, server-error, registered, unofficial, \
                       cacheable, redirect (Fetch's redirect statuses), null-body, followed-by-CLIENT or retried-by-CLIENT \
                       (CLIENT: fetch, curl, urllib3, requests, jshttp-statuses, go-http, reqwest)";

/// The statuses a filter selects, or `None` for an unknown filter.
pub(crate) fn select(filter: Option<&str>) -> Option<Vec<Status>> {
    let Some(filter) = filter else { return Some(Status::ALL.to_vec()) };
    let filter = filter.trim().to_ascii_lowercase().replace('_', "-");
    let class = match filter.as_str() {
        "1xx" | "informational" => Some(Class::Informational),
        "2xx" | "success" | "successful" => Some(Class::Success),
        "3xx" | "redirection" => Some(Class::Redirection),
        "4xx" | "client-error" | "client" => Some(Class::ClientError),
        "5xx" | "server-error" | "server" => Some(Class::ServerError),
        _ => None,
    };
    if let Some(statuses) = clients::select(&filter) {
        return Some(statuses);
    }
    let keep: fn(&Status) -> bool = match filter.as_str() {
        _ if class.is_some() => |_| true,
        "registered" => |status| status.is_registered(),
        "unofficial" => |status| !status.is_registered(),
        "cacheable" => |status| status.is_cacheable_by_default(),
        _ => return None,
    };
    Some(Status::ALL.iter().copied().filter(|status| class.is_none_or(|class| status.class() == class) && keep(status)).collect())
}

pub(crate) fn run(filter: Option<&str>, as_json: bool, style: Style) -> Outcome {
    let statuses = select(filter)
        .ok_or_else(|| Failure::new(format!("unknown filter {}: use {FILTERS}", failure::shown(filter.unwrap_or_default()))))?;
    if as_json {
        return Ok(json::statuses(statuses));
    }
    Ok(table(&statuses, style))
}

/// One line per status: code, the whole reason phrase, and as much of the summary as fits in 80
/// columns.
pub(crate) fn table(statuses: &[Status], style: Style) -> String {
    let reason_width = statuses.iter().map(|status| status.reason().chars().count()).max().unwrap_or(0);
    // Code, marker, a space, the phrase and two spaces come before the summary.
    let summary_width = WIDTH.saturating_sub(3 + 1 + 1 + reason_width + 2);
    let mut out = String::new();
    for status in statuses {
        let marker = if status.is_registered() { ' ' } else { '*' };
        let summary = truncate(status.summary(), summary_width);
        let code = style.class(status.class(), &status.code().to_string());
        let reason = status.reason();
        let _ = writeln!(out, "{code}{marker} {reason:<reason_width$}  {}", style.dim(&summary));
    }
    if statuses.iter().any(|status| !status.is_registered()) {
        let _ = writeln!(out, "{}", style.dim("* unofficial: not in the IANA registry"));
    }
    out
}
