//! The derive's `salvo_oapi::EndpointOutRegister` impls: one OpenAPI response per distinct
//! status for an `#[endpoint]` returning the type, each body as its own `EndpointOutRegister`
//! describes it (salvo's `Json<T>` refers to `T`'s schema in components), header fields typed.

pub use salvo_oapi::{Components, EndpointOutRegister, Operation, ToSchema};

pub use super::openapi::{Header, HeaderKind};

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use salvo_oapi::schema::{BasicType, Object, OneOf};
use salvo_oapi::{Content, RefOr, Response, Schema};

use super::openapi::{HTTP_DATE, SECONDS};
use crate::Status;

/// What a salvo-oapi body field must be: `EndpointOutRegister`, under a trait of our own so that a
/// type without it is an error at the field that says what to do.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the body of a response documented by salvo-oapi: it does not implement `EndpointOutRegister`",
    label = "not documented by salvo-oapi",
    note = "salvo-oapi describes `String`, `&'static str`, `salvo::writing::Json<T>` for `T: ToSchema`...",
    note = "or say what the body is with `#[body(content_type = \"..\", schema = Type)]` on the field (`Type: salvo_oapi::ToSchema`)"
)]
pub trait Body: EndpointOutRegister {}

impl<T: EndpointOutRegister> Body for T {}

/// What a `#[body(schema = Type)]` type must be for salvo-oapi.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no schema for salvo-oapi: it does not implement `salvo_oapi::ToSchema`",
    label = "no schema for salvo-oapi",
    note = "add `#[derive(salvo_oapi::ToSchema)]` (or `salvo::oapi::ToSchema`) to the type"
)]
pub trait SchemaType: ToSchema {}

impl<T: ToSchema> SchemaType for T {}

/// The content a body of type `B` has, as `B`'s own `EndpointOutRegister` describes it (which
/// also adds the schemas it reaches to `components`).
pub fn body<B: Body>(components: &mut Components) -> Vec<(String, Content)> {
    let mut operation = Operation::new();
    B::register(components, &mut operation);
    let mut content = Vec::new();
    for (_, response) in operation.responses {
        if let RefOr::Type(response) = response {
            content.extend(response.contents);
        }
    }
    content
}

/// The content a `#[body(content_type = "..", schema = S)]` field declares.
pub fn declared<S: SchemaType>(components: &mut Components, content_type: &'static str) -> Vec<(String, Content)> {
    Vec::from([(content_type.to_string(), Content::new(S::to_schema(components)))])
}

/// The content a `#[body(content_type = "..")]` field declares, without a schema.
pub fn media_type(content_type: &'static str) -> Vec<(String, Content)> {
    Vec::from([(content_type.to_string(), Content::default())])
}

/// One variant (or the struct), as the OpenAPI listing needs it.
pub struct Entry {
    pub status: Status,
    /// The variant's doc comment.
    pub doc: Option<&'static str>,
    pub headers: Vec<Header>,
    /// The body's content, by media type; empty without a body.
    pub content: Vec<(String, Content)>,
}

/// Puts one response per distinct status into `operation`: doc comments joined, header fields
/// merged (the first field of a name describes it), two bodies of one media type as a `oneOf`.
pub fn register(operation: &mut Operation, entries: Vec<Entry>) {
    let mut merged: BTreeMap<u16, (Vec<&'static str>, Response)> = BTreeMap::new();
    for entry in entries {
        let status = entry.status;
        let (docs, response) = merged.entry(status.code()).or_insert_with(|| (Vec::new(), Response::new(String::new())));
        if let Some(doc) = entry.doc
            && !docs.contains(&doc)
        {
            docs.push(doc);
        }
        for header in entry.headers {
            if !response.headers.contains_key(header.name) {
                response.headers.insert(header.name.to_string(), self::header(status, &header));
            }
        }
        for (content_type, content) in entry.content {
            match response.contents.get_mut(&content_type) {
                Some(known) => known.schema = either(known.schema.take(), content.schema),
                None => {
                    response.contents.insert(content_type, content);
                }
            }
        }
    }
    for (code, (docs, mut response)) in merged {
        let status = Status::from_u16(code).unwrap_or_else(|| unreachable!("codes come from statuses"));
        response.description =
            if docs.is_empty() { alloc::format!("{}: {}", status.reason(), status.summary()) } else { docs.join("\n\n") };
        operation.responses.insert(code.to_string(), response);
    }
}

fn header(status: Status, header: &Header) -> salvo_oapi::Header {
    let note = status.headers().iter().find(|rule| rule.field.eq_ignore_ascii_case(header.name)).map(|rule| rule.note);
    let built = salvo_oapi::Header::new(header_schema(header.kind));
    match header.doc.or(note) {
        Some(description) => built.description(description),
        None => built,
    }
}

fn header_schema(kind: HeaderKind) -> Object {
    match kind {
        HeaderKind::Text => Object::with_type(BasicType::String),
        HeaderKind::Integer => Object::with_type(BasicType::Integer),
        HeaderKind::Unsigned => Object::with_type(BasicType::Integer).minimum(0),
        HeaderKind::Seconds => Object::with_type(BasicType::Integer).minimum(0).description(SECONDS),
        HeaderKind::HttpDate => Object::with_type(BasicType::String).description(HTTP_DATE),
    }
}

/// Two bodies under one media type: a `oneOf` of their schemas, or the one when they agree.
fn either(first: Option<RefOr<Schema>>, second: Option<RefOr<Schema>>) -> Option<RefOr<Schema>> {
    let (first, second) = match (first, second) {
        (Some(first), Some(second)) => (first, second),
        (first, second) => return first.or(second),
    };
    let mut items = match first {
        RefOr::Type(Schema::OneOf(one_of)) => one_of.items,
        first => Vec::from([first]),
    };
    if !items.contains(&second) {
        items.push(second);
    }
    if items.len() == 1 {
        return items.pop();
    }
    Some(RefOr::Type(Schema::OneOf(items.into_iter().fold(OneOf::new(), OneOf::item))))
}
