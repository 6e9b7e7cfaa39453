//! The derive's `utoipa::IntoResponses` and [`ResponseSchemas`](crate::ResponseSchemas) impls:
//! one OpenAPI response per distinct status, with its content and header fields.

pub use alloc::string::String;
pub use utoipa::{IntoResponses, PartialSchema, ToSchema};

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::string::ToString;
use alloc::vec::Vec;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, OneOfBuilder, Schema, Type};
use utoipa::openapi::{Content, HeaderBuilder, Ref, RefOr, Response, ResponseBuilder};

use super::openapi::{HTTP_DATE, SECONDS};
pub use super::openapi::{Header, HeaderKind};
use crate::Status;

/// One variant (or the struct), as the OpenAPI listing needs it.
pub struct Entry {
    pub status: Status,
    /// The variant's doc comment.
    pub doc: Option<&'static str>,
    pub headers: Vec<Header>,
    pub body: Option<Body>,
}

/// A body's media type and, when known, its schema.
pub struct Body {
    pub content_type: &'static str,
    pub schema: Option<RefOr<Schema>>,
}

/// A `$ref` to the component schema `name`.
pub fn reference(name: String) -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name(name))
}

/// A list of `items`.
pub fn array(items: RefOr<Schema>) -> RefOr<Schema> {
    RefOr::T(Schema::Array(ArrayBuilder::new().items(items).build()))
}

/// utoipa's name for a generic type's schema: its own name, then its arguments' (`Page_User`).
pub fn compose_name(base: Cow<'static, str>, arguments: &[String]) -> String {
    let mut name = base.into_owned();
    for argument in arguments {
        name.push('_');
        name.push_str(argument);
    }
    name
}

#[derive(Default)]
struct Merged {
    docs: Vec<&'static str>,
    headers: Vec<Header>,
    content: Vec<(&'static str, Option<RefOr<Schema>>)>,
}

/// The responses map, keyed by code. Variants that share a status share an entry: their doc
/// comments are joined, their header fields merged (the first field of a name describes it),
/// and two bodies of one media type become a `oneOf`. A status without doc comments is
/// described by its reason phrase and summary from the dataset.
pub fn responses(entries: Vec<Entry>) -> Responses {
    let mut merged: BTreeMap<u16, Merged> = BTreeMap::new();
    for entry in entries {
        let response = merged.entry(entry.status.code()).or_default();
        response.docs.extend(entry.doc.filter(|doc| !response.docs.contains(doc)));
        for header in entry.headers {
            if !response.headers.iter().any(|known| known.name == header.name) {
                response.headers.push(header);
            }
        }
        if let Some(body) = entry.body {
            match response.content.iter_mut().find(|(content_type, _)| *content_type == body.content_type) {
                Some((_, schema)) => *schema = either(schema.take(), body.schema),
                None => response.content.push((body.content_type, body.schema)),
            }
        }
    }
    merged.into_iter().map(|(code, merged)| (code.to_string(), RefOr::T(response(code, merged)))).collect()
}

fn response(code: u16, merged: Merged) -> Response {
    let status = Status::from_u16(code).unwrap_or_else(|| unreachable!("codes come from statuses"));
    let description =
        if merged.docs.is_empty() { alloc::format!("{}: {}", status.reason(), status.summary()) } else { merged.docs.join("\n\n") };
    let mut response = ResponseBuilder::new().description(description);
    for header in merged.headers {
        let note = status.headers().iter().find(|rule| rule.field.eq_ignore_ascii_case(header.name)).map(|rule| rule.note);
        let built = HeaderBuilder::new().schema(header_schema(header.kind)).description(header.doc.or(note));
        response = response.header(header.name.to_string(), built.build());
    }
    for (content_type, schema) in merged.content {
        response = response.content(content_type, content(schema));
    }
    response.build()
}

fn header_schema(kind: HeaderKind) -> ObjectBuilder {
    match kind {
        HeaderKind::Text => ObjectBuilder::new().schema_type(Type::String),
        HeaderKind::Integer => ObjectBuilder::new().schema_type(Type::Integer),
        HeaderKind::Unsigned => ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(0)),
        HeaderKind::Seconds => ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(0)).description(Some(SECONDS)),
        HeaderKind::HttpDate => ObjectBuilder::new().schema_type(Type::String).description(Some(HTTP_DATE)),
    }
}

fn content(schema: Option<RefOr<Schema>>) -> Content {
    match schema {
        Some(schema) => ContentBuilder::new().schema(Some(schema)).build(),
        None => ContentBuilder::new().build(),
    }
}

/// Two bodies under one media type: a `oneOf` of their schemas, or the one when they agree.
fn either(first: Option<RefOr<Schema>>, second: Option<RefOr<Schema>>) -> Option<RefOr<Schema>> {
    let (first, second) = match (first, second) {
        (Some(first), Some(second)) => (first, second),
        (first, second) => return first.or(second),
    };
    let mut items = match first {
        RefOr::T(Schema::OneOf(one_of)) => one_of.items,
        first => alloc::vec![first],
    };
    if !items.contains(&second) {
        items.push(second);
    }
    if items.len() == 1 {
        return items.pop();
    }
    Some(RefOr::T(Schema::OneOf(items.into_iter().fold(OneOfBuilder::new(), OneOfBuilder::item).build())))
}

/// What `ResponseSchemas::schemas` fills.
pub type Schemas = Vec<(String, RefOr<Schema>)>;

/// What `IntoResponses::responses` returns.
pub type Responses = BTreeMap<String, RefOr<Response>>;
