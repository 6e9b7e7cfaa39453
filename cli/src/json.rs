//! JSON output. A status is its [`Record`](status_atlas::Record) as the library serializes it,
//! which is the export schema documented in the README; other objects keep the order they are
//! written in (`serde_json`'s `preserve_order`).

use serde::Serialize;
use status_atlas::Status;

/// One status as a JSON object.
pub(crate) fn status(status: Status) -> String {
    pretty(status.record())
}

/// Several statuses as a JSON array.
pub(crate) fn statuses(statuses: impl IntoIterator<Item = Status>) -> String {
    let records: Vec<_> = statuses.into_iter().map(Status::record).collect();
    pretty(&records)
}

/// Indented JSON with a final line break.
pub(crate) fn pretty<T: Serialize + ?Sized>(value: &T) -> String {
    // Nothing here can fail to serialize: every map key is a string.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
