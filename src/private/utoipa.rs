//! The derive's `utoipa::IntoResponses` impls: one OpenAPI response per distinct status.

pub use utoipa::IntoResponses;

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{HeaderBuilder, RefOr, Response, ResponseBuilder};

use crate::Status;

/// One variant (or the struct), as the OpenAPI listing needs it.
pub struct Entry {
    pub status: Status,
    /// The variant's doc comment.
    pub doc: Option<&'static str>,
    /// Its `#[header(..)]` fields, lower-cased.
    pub headers: &'static [&'static str],
}

/// The responses map, keyed by code. Variants that share a status share an entry: their doc
/// comments are joined and their header fields merged. A status without doc comments is
/// described by its reason phrase and summary from the dataset.
pub fn responses(entries: &[Entry]) -> Responses {
    let mut merged: BTreeMap<u16, (Vec<&'static str>, Vec<&'static str>)> = BTreeMap::new();
    for entry in entries {
        let (docs, headers) = merged.entry(entry.status.code()).or_default();
        docs.extend(entry.doc.filter(|doc| !docs.contains(doc)));
        for name in entry.headers {
            if !headers.contains(name) {
                headers.push(name);
            }
        }
    }
    merged
        .into_iter()
        .map(|(code, (docs, headers))| {
            let status = Status::from_u16(code).unwrap_or_else(|| unreachable!("codes come from statuses"));
            let description = if docs.is_empty() { alloc::format!("{}: {}", status.reason(), status.summary()) } else { docs.join("\n\n") };
            let mut response = ResponseBuilder::new().description(description);
            for name in headers {
                let note = status.headers().iter().find(|rule| rule.field.eq_ignore_ascii_case(name)).map(|rule| rule.note);
                let header = HeaderBuilder::new().schema(ObjectBuilder::new().schema_type(Type::String)).description(note);
                response = response.header(name.to_string(), header.build());
            }
            (code.to_string(), RefOr::T(response.build()))
        })
        .collect()
}

/// What `IntoResponses::responses` returns.
pub type Responses = BTreeMap<String, RefOr<Response>>;
