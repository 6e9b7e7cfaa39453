//! The derive's `poem_openapi::ApiResponse` impls: one OpenAPI response per distinct status, with
//! each body as its poem-openapi payload describes it and typed header fields.

pub use poem_openapi::ApiResponse;
pub use poem_openapi::payload::Payload;
pub use poem_openapi::registry::{MetaMediaType, MetaResponses, Registry};
pub use poem_openapi::types::Type;

pub use super::openapi::{Header, HeaderKind};

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use poem_openapi::registry::{MetaHeader, MetaResponse, MetaSchema, MetaSchemaRef};
use std::sync::Mutex;

use super::openapi::{HTTP_DATE, SECONDS};
use crate::Status;

/// What a poem-openapi body field must be: a `Payload`, which says its media type and schema.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the body of a poem-openapi response: it is not a `poem_openapi::payload::Payload`",
    label = "not a poem-openapi payload",
    note = "poem-openapi describes its payloads: `payload::Json<T>` for `T: ToJSON`, `PlainText<T>`, `Binary<T>`, `Html<T>`...",
    note = "or say what the body is with `#[body(content_type = \"..\", schema = Type)]` on the field (`Type: poem_openapi::types::Type`)"
)]
pub trait Body: Payload {}

impl<T: Payload> Body for T {}

/// What a `#[body(schema = Type)]` type must be for poem-openapi.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no schema for poem-openapi: it does not implement `poem_openapi::types::Type`",
    label = "no schema for poem-openapi",
    note = "derive `poem_openapi::Object` (or another poem-openapi type derive) for it"
)]
pub trait Schema: Type {}

impl<T: Type> Schema for T {}

/// The content of a body of type `B`; with a registry, registers the schemas it reaches instead.
/// One function for both, so that a type that is not a payload is one error, not two.
pub fn payload<B: Body>(registry: Option<&mut Registry>) -> Option<MetaMediaType> {
    match registry {
        Some(registry) => {
            B::register(registry);
            None
        }
        None => Some(MetaMediaType { content_type: B::CONTENT_TYPE, schema: B::schema_ref() }),
    }
}

/// The content a `#[body(content_type = "..", schema = S)]` field declares; with a registry,
/// registers the schemas `S` reaches instead.
pub fn declared<S: Schema>(content_type: &'static str, registry: Option<&mut Registry>) -> Option<MetaMediaType> {
    match registry {
        Some(registry) => {
            S::register(registry);
            None
        }
        None => Some(MetaMediaType { content_type, schema: S::schema_ref() }),
    }
}

/// The content a `#[body(content_type = "..")]` field declares, with any schema.
pub fn media_type(content_type: &'static str) -> Option<MetaMediaType> {
    Some(MetaMediaType { content_type, schema: MetaSchemaRef::Inline(Box::new(MetaSchema::ANY)) })
}

/// One variant (or the struct), as the OpenAPI listing needs it.
pub struct Entry {
    pub status: Status,
    /// The variant's doc comment.
    pub doc: Option<&'static str>,
    pub headers: Vec<Header>,
    pub content: Option<MetaMediaType>,
}

/// The responses, one per distinct status in code order: doc comments joined, header fields
/// merged (the first field of a name describes it), two bodies of one media type as a `oneOf`.
pub fn responses(entries: Vec<Entry>) -> MetaResponses {
    let mut merged: BTreeMap<u16, (Vec<&'static str>, MetaResponse)> = BTreeMap::new();
    for entry in entries {
        let status = entry.status;
        let (docs, response) = merged.entry(status.code()).or_insert_with(|| {
            (
                Vec::new(),
                MetaResponse { description: "", status: Some(status.code()), status_range: None, content: Vec::new(), headers: Vec::new() },
            )
        });
        if let Some(doc) = entry.doc
            && !docs.contains(&doc)
        {
            docs.push(doc);
        }
        for header in entry.headers {
            if !response.headers.iter().any(|known| known.name == header.name) {
                response.headers.push(self::header(status, &header));
            }
        }
        if let Some(media) = entry.content {
            match response.content.iter_mut().find(|known| known.content_type == media.content_type) {
                Some(known) if known.schema != media.schema => {
                    let first = core::mem::replace(&mut known.schema, MetaSchemaRef::Reference(String::new()));
                    known.schema = either(first, media.schema);
                }
                Some(_) => {}
                None => response.content.push(media),
            }
        }
    }
    let mut responses = Vec::with_capacity(merged.len());
    for (code, (docs, mut response)) in merged {
        let status = Status::from_u16(code).unwrap_or_else(|| unreachable!("codes come from statuses"));
        response.description =
            intern(if docs.is_empty() { alloc::format!("{}: {}", status.reason(), status.summary()) } else { docs.join("\n\n") });
        responses.push(response);
    }
    MetaResponses { responses }
}

/// poem-openapi takes a response's description as `&'static str`; one joined from several doc
/// comments, or from the dataset, is kept here, once per distinct text.
fn intern(text: String) -> &'static str {
    static TEXTS: Mutex<BTreeMap<String, &'static str>> = Mutex::new(BTreeMap::new());
    let mut texts = TEXTS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(known) = texts.get(&text) {
        return known;
    }
    let leaked: &'static str = Box::leak(text.clone().into_boxed_str());
    texts.insert(text, leaked);
    leaked
}

fn header(status: Status, header: &Header) -> MetaHeader {
    let note = status.headers().iter().find(|rule| rule.field.eq_ignore_ascii_case(header.name)).map(|rule| rule.note);
    MetaHeader {
        name: header.name.to_string(),
        description: header.doc.or(note).map(ToString::to_string),
        required: false,
        deprecated: false,
        schema: MetaSchemaRef::Inline(Box::new(header_schema(header.kind))),
    }
}

fn header_schema(kind: HeaderKind) -> MetaSchema {
    match kind {
        HeaderKind::Text => MetaSchema::new("string"),
        HeaderKind::Integer => MetaSchema::new("integer"),
        HeaderKind::Unsigned => MetaSchema { minimum: Some(0.0), ..MetaSchema::new("integer") },
        HeaderKind::Seconds => MetaSchema { minimum: Some(0.0), description: Some(SECONDS), ..MetaSchema::new("integer") },
        HeaderKind::HttpDate => MetaSchema { description: Some(HTTP_DATE), ..MetaSchema::new("string") },
    }
}

/// Two different bodies under one media type: a `oneOf` of their schemas.
fn either(first: MetaSchemaRef, second: MetaSchemaRef) -> MetaSchemaRef {
    let mut items = match first {
        MetaSchemaRef::Inline(schema) if schema.ty.is_empty() && !schema.one_of.is_empty() => schema.one_of,
        first => Vec::from([first]),
    };
    if !items.contains(&second) {
        items.push(second);
    }
    MetaSchemaRef::Inline(Box::new(MetaSchema { one_of: items, ..MetaSchema::ANY }))
}
