//! What the OpenAPI integrations (`utoipa`, `aide`) share: a `#[header(..)]` field as the
//! derive describes it.

/// A `#[header(..)]` field.
pub struct Header {
    /// Lower-cased.
    pub name: &'static str,
    /// The field's doc comment.
    pub doc: Option<&'static str>,
    pub kind: HeaderKind,
}

/// How a header field's value is written, from its Rust type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HeaderKind {
    Text,
    Integer,
    /// An unsigned integer: `minimum: 0`.
    Unsigned,
    /// A `Duration`: whole seconds.
    Seconds,
    /// A `SystemTime`: an HTTP-date.
    HttpDate,
}

/// The description of a `Seconds` header's schema.
pub(super) const SECONDS: &str = "whole seconds";
/// The description of an `HttpDate` header's schema.
pub(super) const HTTP_DATE: &str = "an HTTP-date (RFC 9110 §5.6.7), such as `Sun, 06 Nov 1994 08:49:37 GMT`";
