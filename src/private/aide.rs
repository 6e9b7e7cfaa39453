//! The derive's `aide::OperationOutput` impls: one OpenAPI response per distinct status, for axum
//! apps documented with aide. Bodies are described by their own `OperationOutput` (aide's `Json<T>`
//! puts `T`'s schema in the document's components), header fields as for utoipa.

pub use aide::OperationOutput;
pub use aide::generate::GenContext;
pub use aide::openapi::{Operation, Response};
pub use schemars::JsonSchema;

use aide::openapi::{Header as OpenApiHeader, HeaderStyle, MediaType, ParameterSchemaOrContent, ReferenceOr, SchemaObject};
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::openapi::{HTTP_DATE, SECONDS};
pub use super::openapi::{Header, HeaderKind};
use crate::Status;

/// What an aide body field must be: `OperationOutput`, under a trait of our own so that a type
/// without it is an error at the field that says what to do.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the body of a response documented by aide: it does not implement `aide::OperationOutput`",
    label = "not documented by aide",
    note = "aide describes `String`, `&'static str`, `Vec<u8>`, `Bytes`, `axum::Json<T>` for `T: JsonSchema`, `Html<T>`...",
    note = "or say what the body is with `#[body(content_type = \"..\", schema = Type)]` on the field (`Type: schemars::JsonSchema`)"
)]
pub trait Body: OperationOutput {}

impl<T: OperationOutput> Body for T {}

/// What a `#[body(schema = Type)]` type must be for aide: `JsonSchema`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no JSON schema for aide: it does not implement `schemars::JsonSchema`",
    label = "no schema for aide",
    note = "add `#[derive(schemars::JsonSchema)]` to the type (schemars 0.9, the version aide 0.15 uses)"
)]
pub trait Schema: JsonSchema {}

impl<T: JsonSchema> Schema for T {}

/// The content a body of type `B` has, as `B`'s own `OperationOutput` describes it.
pub fn body<B: Body>(ctx: &mut GenContext, operation: &mut Operation) -> Vec<(String, MediaType)> {
    B::operation_response(ctx, operation).map(|response| response.content.into_iter().collect()).unwrap_or_default()
}

/// The content a `#[body(content_type = "..", schema = S)]` field declares; `application/json`
/// without a content type.
pub fn declared<S: Schema>(ctx: &mut GenContext, content_type: &'static str) -> Vec<(String, MediaType)> {
    let schema = ctx.schema.subschema_for::<S>();
    Vec::from([(content_type.to_string(), MediaType { schema: Some(object(schema)), ..MediaType::default() })])
}

/// The content a `#[body(content_type = "..")]` field declares, without a schema.
pub fn media_type(content_type: &'static str) -> Vec<(String, MediaType)> {
    Vec::from([(content_type.to_string(), MediaType::default())])
}

/// One variant (or the struct), as the OpenAPI listing needs it.
pub struct Entry {
    pub status: Status,
    /// The variant's doc comment.
    pub doc: Option<&'static str>,
    pub headers: Vec<Header>,
    /// The body's content, by media type; empty without a body.
    pub content: Vec<(String, MediaType)>,
}

/// The responses, one per distinct status in code order: doc comments joined, header fields
/// merged (the first field of a name describes it), two bodies of one media type as a `oneOf`.
pub fn responses(entries: Vec<Entry>) -> Vec<(Option<u16>, Response)> {
    let mut merged: Vec<(Status, Vec<&'static str>, Response)> = Vec::new();
    for entry in entries {
        let index = if let Some(index) = merged.iter().position(|(status, _, _)| *status == entry.status) {
            index
        } else {
            merged.push((entry.status, Vec::new(), Response::default()));
            merged.len() - 1
        };
        let (status, docs, response) = &mut merged[index];
        if let Some(doc) = entry.doc
            && !docs.contains(&doc)
        {
            docs.push(doc);
        }
        for header in entry.headers {
            if !response.headers.contains_key(header.name) {
                response.headers.insert(header.name.to_string(), ReferenceOr::Item(self::header(*status, &header)));
            }
        }
        for (content_type, media) in entry.content {
            match response.content.get_mut(&content_type) {
                Some(known) => known.schema = either(known.schema.take(), media.schema),
                None => {
                    response.content.insert(content_type, media);
                }
            }
        }
    }
    merged.sort_by_key(|(status, _, _)| status.code());
    let mut responses = Vec::with_capacity(merged.len());
    for (status, docs, mut response) in merged {
        response.description =
            if docs.is_empty() { alloc::format!("{}: {}", status.reason(), status.summary()) } else { docs.join("\n\n") };
        responses.push((Some(status.code()), response));
    }
    responses
}

/// The response of a type with one status; `None` for a type with several, which has no single
/// response (aide asks each handler's type for `inferred_responses`, which lists them all).
pub fn only(mut responses: Vec<(Option<u16>, Response)>) -> Option<Response> {
    if responses.len() == 1 { responses.pop().map(|(_, response)| response) } else { None }
}

// aide's maps are `IndexMap`s, which this crate does not name: it does not depend on indexmap.
#[allow(clippy::default_trait_access)]
fn header(status: Status, header: &Header) -> OpenApiHeader {
    let note = status.headers().iter().find(|rule| rule.field.eq_ignore_ascii_case(header.name)).map(|rule| rule.note);
    OpenApiHeader {
        description: header.doc.or(note).map(ToString::to_string),
        style: HeaderStyle::Simple,
        required: false,
        deprecated: None,
        format: ParameterSchemaOrContent::Schema(object(header_schema(header.kind))),
        example: None,
        examples: Default::default(),
        extensions: Default::default(),
    }
}

fn header_schema(kind: HeaderKind) -> schemars::Schema {
    match kind {
        HeaderKind::Text => schemars::json_schema!({ "type": "string" }),
        HeaderKind::Integer => schemars::json_schema!({ "type": "integer" }),
        HeaderKind::Unsigned => schemars::json_schema!({ "type": "integer", "minimum": 0 }),
        HeaderKind::Seconds => schemars::json_schema!({ "type": "integer", "minimum": 0, "description": SECONDS }),
        HeaderKind::HttpDate => schemars::json_schema!({ "type": "string", "description": HTTP_DATE }),
    }
}

fn object(json_schema: schemars::Schema) -> SchemaObject {
    SchemaObject { json_schema, external_docs: None, example: None }
}

/// Two bodies under one media type: a `oneOf` of their schemas, or the one when they agree.
fn either(first: Option<SchemaObject>, second: Option<SchemaObject>) -> Option<SchemaObject> {
    let (first, second) = match (first, second) {
        (Some(first), Some(second)) => (first, second),
        (first, second) => return first.or(second),
    };
    if first.json_schema == second.json_schema {
        return Some(first);
    }
    let mut items = match first.json_schema.get("oneOf").and_then(|items| items.as_array()) {
        Some(items) if first.json_schema.as_object().is_some_and(|object| object.len() == 1) => items.clone(),
        _ => Vec::from([first.json_schema.to_value()]),
    };
    let second = second.json_schema.to_value();
    if !items.contains(&second) {
        items.push(second);
    }
    Some(object(schemars::json_schema!({ "oneOf": items })))
}
