//! Conformance at run time: check any HTTP response against the dataset's rules.
//!
//! The derive checks typed responses at compile time; this module checks the responses that
//! servers actually produce, whatever built them. A check looks at the status, the header
//! fields, whether there is content, and optionally the request's method and header fields, and
//! yields a [`Finding`] for each broken rule, with its level, field, spec and a sentence:
//!
//! - the dataset's header rules for the status ([`Status::headers`](crate::Status::headers)): a
//!   missing MUST field (`Allow` on 405), a present MUST NOT field (`Content-Length` on 204), a
//!   missing SHOULD field as a warning; a conditional MUST only where the message shows its
//!   condition (`Content-Range` on a 206 that is not `multipart/byteranges`);
//! - content on a status that cannot carry any (1xx, 204, 205, 304), and in a response to `HEAD`;
//! - a code the dataset lacks, an unofficial code, 305 (deprecated), 306 and 418 (reserved), a
//!   code outside 100..=599 (invalid, RFC 9110 §15);
//! - framing conflicts: `Content-Length` beside `Transfer-Encoding` (RFC 9112 §6.2), differing
//!   `Content-Length` values (RFC 9110 §8.6), one value repeated (a note);
//! - with the request: 206 without `Range`, 201 to a safe method, 100 without
//!   `Expect: 100-continue`, 101 without `Upgrade`;
//! - with the 200 the same request gets ([`Message::with_ok_response`]): a 304 or 206 that leaves
//!   out a `Cache-Control`, `Content-Location`, `Date`, `ETag`, `Expires` or `Vary` it carries.
//!
//! Header field syntax is not checked. A clean response allocates nothing: [`Findings`] is an
//! iterator that evaluates the rules as it goes.
//!
//! ```
//! use status_atlas::conformance::{self, Level, Rule};
//!
//! let response = http::Response::builder().status(405).body(String::from("no")).unwrap();
//! let finding = conformance::check(&response).next().unwrap();
//! assert_eq!((finding.level, finding.field), (Level::Must, Some("Allow")));
//! assert!(matches!(finding.rule, Rule::MissingField(_)));
//! assert_eq!(finding.spec.url, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6");
//! assert_eq!(finding.to_string(), "The response lacks `Allow`, which every 405 must carry.");
//! ```

mod finding;
#[cfg(feature = "tower")]
mod layer;
mod message;
mod rules;

pub use finding::{Finding, Level, Rule};
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub use layer::{Callback, Conformance, ConformanceLayer, Panic, Report, ResponseFuture, Tracing};
pub use message::{Content, Message, Request};
pub use rules::Findings;

/// The findings for a whole response, its content known from the body's size hint. To include
/// the request, use [`Message::from_response`] and [`Message::with_request`].
pub fn check<B: http_body::Body>(response: &http::Response<B>) -> Findings<'_> {
    Message::from_response(response).findings()
}
