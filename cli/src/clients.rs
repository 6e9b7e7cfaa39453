//! The client filters of `list`: Fetch's redirect statuses, null body statuses, and the statuses
//! each client follows or retries.

use status_atlas::{Client, Status};

/// The statuses a client filter of `list` selects (`redirect`, `null-body`, `followed-by-curl`,
/// `retried-by-go-http`), or `None` when `filter` (lower-cased, `_` read as `-`) is not one.
pub(crate) fn select(filter: &str) -> Option<Vec<Status>> {
    let client = |name: &str| Client::ALL.into_iter().find(|client| client.key().replace('_', "-") == name);
    let keep: Box<dyn Fn(Status) -> bool> = if filter == "redirect" {
        Box::new(Status::is_redirect)
    } else if filter == "null-body" {
        Box::new(|status: Status| !status.null_body_for().is_empty())
    } else if let Some(client) = filter.strip_prefix("retried-by-").and_then(client) {
        Box::new(move |status: Status| status.is_retried_by(client))
    } else if let Some(client) = filter.strip_prefix("followed-by-").and_then(client) {
        Box::new(move |status: Status| status.is_followed_by(client))
    } else {
        return None;
    };
    Some(Status::ALL.iter().copied().filter(|status| keep(*status)).collect())
}
