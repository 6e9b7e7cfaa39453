//! The reference for HTTP status codes, as const tables.
//!
//! Every code in the IANA HTTP Status Code Registry and the widely used unofficial ones, each
//! with its reason phrase (RFC 9110 wording, older phrases kept), class, defining spec and the
//! ones it replaced, cacheability, body rule, the header fields the spec asks for, and its name
//! in other ecosystems: Rails, Go, Symfony, Python, the Rust `http` crate, Node, .NET and Java.
//! Each status has a reference page in [`codes`], and a const on [`Status`].
//!
//! ```
//! use status_atlas::{Ecosystem, Status};
//!
//! let status = Status::lookup("http.StatusRequestEntityTooLarge").unwrap();
//! assert_eq!(status, Status::CONTENT_TOO_LARGE);
//! assert_eq!(status.to_string(), "413 Content Too Large");
//! assert_eq!(status.alias(Ecosystem::Rails), Some(":content_too_large"));
//! assert_eq!(status.spec().unwrap().section, Some("15.5.14"));
//!
//! // Code-keyed accessors are `const fn`.
//! const RETRY: &str = Status::TOO_MANY_REQUESTS.reason();
//! assert_eq!(RETRY, "Too Many Requests");
//! ```
//!
//! The crate is `no_std` and allocation-free. Features: `serde` (a status serializes as its
//! number, and its [`Record`] as the export schema), `http` (conversions with `http::StatusCode`), `derive` (typed handler responses,
//! [`TypedResponse`](trait@TypedResponse), checked against the dataset at compile time), and
//! `axum`, `actix-web` and `utoipa` (derived types become responses in those frameworks and
//! OpenAPI response lists). With `http`, `conformance` checks any response against the
//! dataset's rules at run time; `tower` adds a layer that checks every response of a service.
//!
//! # Every status
//!
//! Each code links to its reference card; [`codes`] has them all in one table with their
//! summaries.
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/table.md"))]
//!
//! # Searching these docs
//!
//! To find a status here, type its code (`204`), its phrase (`no content`) or a bare name from
//! another ecosystem (`no_content`, `StatusNoContent`, `HTTP_NO_CONTENT`) into the search box.
//! rustdoc's search cannot parse punctuated names such as `:no_content` or
//! `http.StatusNoContent`: leave out the `:` and the qualifier. [`Status::lookup`] takes them all.
#![no_std]
// The table above and the generated cards are prose from data/, where names such as WebDAV
// are words, not code.
#![allow(clippy::doc_markdown)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(any(feature = "http", feature = "actix-web", feature = "utoipa"))]
extern crate alloc;
// `SystemTime` header fields; the frameworks need `std` anyway.
#[cfg(any(feature = "http", feature = "actix-web", feature = "poem-openapi"))]
extern crate std;

// Rustdoc lists a type's impl blocks in the order it meets them: the methods of `Status`
// (status, lookup, suggest, client) come before the generated block of one const per code.
mod status;

mod client;
mod lookup;
mod suggest;

mod generated;
mod record;
mod typed_response;
mod vocabulary;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod conformance;
#[cfg(feature = "http")]
mod http;
#[cfg(feature = "utoipa")]
mod openapi;
#[cfg(any(feature = "http", feature = "actix-web"))]
mod response;
#[cfg(feature = "serde")]
mod serde;

pub use client::{ClientInfo, ClientSource, Redirect, Retry};
pub use generated::{AMBIGUITIES, IANA_REGISTRY_UPDATED, IANA_REGISTRY_URL, SOURCES, codes};
pub use lookup::ParseStatusError;
#[cfg(feature = "utoipa")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
pub use openapi::{ResponseSchemas, SchemasOf};
pub use record::{Alias, Ambiguity, CacheRule, HeaderRule, LegacyReason, Note, Origin, Record, Related, Source, Spec};
#[cfg(any(feature = "http", feature = "actix-web"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "http", feature = "actix-web"))))]
pub use response::{FieldValue, InvalidFieldValue};
pub use status::Status;
pub use typed_response::TypedResponse;
pub use vocabulary::{Class, Client, Ecosystem, MethodRewrite, NoteKind, Registration, Requirement, RetryCondition};

/// Derives [`TypedResponse`](trait@TypedResponse); see the trait for the attributes it takes.
#[cfg(feature = "derive")]
#[cfg_attr(docsrs, doc(cfg(feature = "derive")))]
pub use status_atlas_macros::TypedResponse;

// The README's example is compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
