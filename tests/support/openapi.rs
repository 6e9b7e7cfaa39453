//! Checks of an OpenAPI document that the aide, poem-openapi and salvo-oapi tests share: each
//! documents a `GetUser` with the same variants, doc comments and header fields, and each
//! framework must write them the same way, in its own dialect of JSON Schema.

use serde_json::Value;
use status_atlas::Status;

/// The status codes `responses` lists, sorted.
pub(crate) fn codes(responses: &Value) -> Vec<&str> {
    let mut codes: Vec<&str> = responses.as_object().expect("responses").keys().map(String::as_str).collect();
    codes.sort_unstable();
    codes
}

/// `GetUser`'s descriptions: a variant's doc comment, two variants of one status joined, and the
/// dataset's reason and summary for a variant without a doc comment.
pub(crate) fn check_descriptions(responses: &Value) {
    assert_eq!(responses["200"]["description"], "The user.");
    assert_eq!(responses["404"]["description"], "No user has this id.\n\nThe user was merged into another.");
    let slow = Status::TOO_MANY_REQUESTS;
    assert_eq!(responses["429"]["description"], format!("{}: {}", slow.reason(), slow.summary()));
}

/// Every `$ref` in `value`, as written.
pub(crate) fn references(value: &Value) -> Vec<&str> {
    fn walk<'a>(value: &'a Value, found: &mut Vec<&'a str>) {
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("$ref", Value::String(reference)) => found.push(reference),
                        _ => walk(value, found),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(value, &mut found);
    found
}

/// The schema `reference` (`#/components/schemas/Name`) points to in `document`; panics if it
/// points elsewhere or to nothing.
pub(crate) fn resolve<'a>(document: &'a Value, reference: &str) -> &'a Value {
    let schemas = &document["components"]["schemas"];
    let name = reference.strip_prefix("#/components/schemas/").unwrap_or_else(|| panic!("a schema reference: {reference}"));
    schemas.get(name).unwrap_or_else(|| panic!("`{reference}` resolves in {schemas}"))
}

/// `GetUser`'s header fields: described by their doc comments (by the dataset's note without
/// one) and typed from their Rust types; `zero` is the framework's JSON for a minimum of 0.
pub(crate) fn check_header_fields(responses: &Value, zero: &Value) {
    let found = &responses["200"]["headers"];
    assert_eq!(found["etag"]["description"], "The version of the user record, for `If-Match`.");
    assert_eq!(found["etag"]["schema"]["type"], "string");
    assert_eq!(found["last-modified"]["schema"]["type"], "string");
    assert_eq!((&found["x-visits"]["schema"]["type"], &found["x-visits"]["schema"]["minimum"]), (&Value::from("integer"), zero));
    assert_eq!(found["x-clock-skew"]["schema"]["type"], "integer");
    assert_eq!(found["x-clock-skew"]["schema"].get("minimum"), None);
    let retry = &responses["429"]["headers"]["retry-after"];
    assert_eq!(retry["description"], "How long to wait.");
    assert_eq!((&retry["schema"]["type"], &retry["schema"]["minimum"]), (&Value::from("integer"), zero));
    let allow = &responses["405"]["headers"]["allow"];
    assert_eq!(allow["description"], Status::METHOD_NOT_ALLOWED.headers()[0].note, "the dataset's note without a doc comment");
}
