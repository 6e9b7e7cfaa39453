//! With `utoipa`, a derived type lists its statuses as OpenAPI responses: one entry per status,
//! described by the variants' doc comments or, without them, by the dataset; bodies as content
//! with their schemas, header fields typed from their Rust types.

use std::time::{Duration, SystemTime};

use axum::Json;
use axum::response::Html;
use serde::Serialize;
use serde_json::{Value, json};
use status_atlas::{SchemasOf, Status, TypedResponse};
use utoipa::openapi::RefOr;
use utoipa::{IntoResponses, OpenApi, ToSchema};

#[derive(TypedResponse)]
#[allow(dead_code)]
enum DeleteUser {
    /// The user was deleted.
    #[status(NO_CONTENT)]
    Deleted,
    /// No user has this id.
    #[status(NOT_FOUND)]
    NoUser(String),
    /// The user's team is gone too.
    #[status(404)]
    NoTeam(String),
    #[status(CONFLICT)]
    Conflict(Json<ErrorBody>),
    #[status(METHOD_NOT_ALLOWED)]
    WrongMethod {
        #[header(ALLOW)]
        allow: String,
    },
}

#[derive(Serialize, ToSchema)]
struct User {
    name: String,
    team: Team,
}

#[derive(Serialize, ToSchema)]
struct Team {
    name: String,
}

#[derive(Serialize, ToSchema)]
struct ErrorBody {
    message: String,
}

#[derive(Serialize, ToSchema)]
struct Page<T> {
    items: Vec<T>,
    next: Option<String>,
}

#[derive(TypedResponse)]
#[allow(dead_code)]
enum GetUser {
    #[status(OK)]
    Found {
        body: Json<User>,
        /// The version of the user record, for `If-Match`.
        #[header(ETAG)]
        etag: String,
        #[header(LAST_MODIFIED)]
        modified: SystemTime,
    },
    #[status(NOT_FOUND)]
    Missing(Json<ErrorBody>),
    #[status(TOO_MANY_REQUESTS)]
    Slow {
        /// How long to wait.
        #[header(RETRY_AFTER)]
        retry_after: Duration,
        #[header("x-rate-limit-remaining")]
        remaining: Option<u32>,
    },
    #[status(UNAUTHORIZED)]
    SignIn {
        #[header(WWW_AUTHENTICATE)]
        challenge: String,
        body: Json<ErrorBody>,
    },
}

/// A generic list, a list body, and bodies whose type needs `#[body(..)]`.
#[derive(TypedResponse)]
#[allow(dead_code)]
enum ListUsers<T> {
    #[status(OK)]
    Page(Json<Page<T>>),
    #[status(PARTIAL_CONTENT)]
    Some(Json<Vec<User>>),
    #[status(BAD_REQUEST)]
    Csv(#[body(content_type = "text/csv")] Vec<u8>),
    #[status(CONFLICT)]
    Other(#[body(content_type = "application/problem+json", schema = ErrorBody)] Json<Value>),
    #[status(GONE)]
    Undescribed(Html<String>),
}

fn response(responses: &utoipa::openapi::Responses, code: &str) -> Value {
    match &responses.responses[code] {
        RefOr::T(response) => serde_json::to_value(response).expect("a response serializes"),
        RefOr::Ref(_) => panic!("an inline response"),
    }
}

fn responses_of<T: IntoResponses>() -> utoipa::openapi::Responses {
    utoipa::openapi::ResponsesBuilder::new().responses_from_into_responses::<T>().build()
}

#[test]
fn one_entry_per_status_with_descriptions() {
    let map = DeleteUser::responses();
    assert_eq!(map.keys().map(String::as_str).collect::<Vec<_>>(), ["204", "404", "405", "409"]);
    let responses = responses_of::<DeleteUser>();
    assert_eq!(response(&responses, "204")["description"], "The user was deleted.");
    assert_eq!(response(&responses, "404")["description"], "No user has this id.\n\nThe user's team is gone too.");
    let conflict = Status::CONFLICT;
    assert_eq!(response(&responses, "409")["description"], format!("{}: {}", conflict.reason(), conflict.summary()));
}

#[test]
fn header_fields_are_documented_by_the_dataset_without_a_doc_comment() {
    let responses = responses_of::<DeleteUser>();
    let allow = &response(&responses, "405")["headers"]["allow"];
    assert_eq!(allow["description"], Status::METHOD_NOT_ALLOWED.headers()[0].note);
    assert_eq!(allow["schema"]["type"], "string");
    assert!(DeleteUser::STATUSES.len() > DeleteUser::responses().len(), "duplicates were merged");
}

#[test]
fn bodies_are_content_with_their_schemas() {
    let responses = responses_of::<DeleteUser>();
    assert_eq!(response(&responses, "204").get("content"), None, "no body, no content");
    assert_eq!(response(&responses, "405").get("content"), None);
    assert_eq!(response(&responses, "404")["content"], json!({ "text/plain": { "schema": { "type": "string" } } }));
    assert_eq!(
        response(&responses, "409")["content"],
        json!({ "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } })
    );

    let responses = responses_of::<GetUser>();
    assert_eq!(response(&responses, "200")["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/User");
    assert_eq!(response(&responses, "401")["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ErrorBody");
}

#[test]
fn list_generic_and_attribute_bodies() {
    let responses = responses_of::<ListUsers<User>>();
    assert_eq!(response(&responses, "200")["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Page_User");
    assert_eq!(
        response(&responses, "206")["content"]["application/json"]["schema"],
        json!({ "type": "array", "items": { "$ref": "#/components/schemas/User" } })
    );
    assert_eq!(response(&responses, "400")["content"], json!({ "text/csv": {} }));
    assert_eq!(
        response(&responses, "409")["content"],
        json!({ "application/problem+json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } })
    );
    assert_eq!(response(&responses, "410").get("content"), None, "the fallback: a body the derive cannot describe has no content");
}

#[test]
fn header_fields_use_their_doc_comments_and_rust_types() {
    let responses = responses_of::<GetUser>();
    let found = response(&responses, "200");
    assert_eq!(found["headers"]["etag"]["description"], "The version of the user record, for `If-Match`.");
    assert_eq!(found["headers"]["etag"]["schema"]["type"], "string");
    assert_eq!(found["headers"]["last-modified"]["schema"]["type"], "string");
    let slow = response(&responses, "429");
    assert_eq!(slow["headers"]["retry-after"]["description"], "How long to wait.");
    assert_eq!(slow["headers"]["retry-after"]["schema"]["type"], "integer");
    assert_eq!(slow["headers"]["retry-after"]["schema"]["minimum"], 0);
    assert_eq!(slow["headers"]["x-rate-limit-remaining"]["schema"]["type"], "integer");
    assert_eq!(slow["headers"]["x-rate-limit-remaining"]["schema"]["minimum"], 0, "an unsigned integer is never negative");
    let note = Status::UNAUTHORIZED.headers().iter().find(|rule| rule.field == "WWW-Authenticate").expect("401's rule").note;
    assert_eq!(response(&responses, "401")["headers"]["www-authenticate"]["description"], note);
}

/// The user was created; the doc comment on a struct response is its OpenAPI description.
#[derive(TypedResponse)]
#[status(CREATED)]
#[allow(dead_code)]
struct Created {
    #[header(LOCATION)]
    location: String,
    /// The offset of the server's clock from the client's, in seconds, either way.
    #[header("x-clock-skew")]
    skew: i64,
    body: Json<User>,
}

#[test]
fn a_struct_doc_comment_is_the_description_and_signed_headers_have_no_minimum() {
    let responses = responses_of::<Created>();
    let created = response(&responses, "201");
    assert_eq!(created["description"], "The user was created; the doc comment on a struct response is its OpenAPI description.");
    assert_eq!(created["headers"]["x-clock-skew"]["schema"], json!({ "type": "integer" }));
    assert_eq!(
        created["headers"]["x-clock-skew"]["description"],
        "The offset of the server's clock from the client's, in seconds, either way."
    );
    assert_eq!(created["headers"]["location"]["schema"], json!({ "type": "string" }));
}

#[utoipa::path(get, path = "/users/{id}", responses(GetUser))]
#[allow(dead_code)]
fn get_user() {}

#[utoipa::path(get, path = "/users", responses(ListUsers<User>))]
#[allow(dead_code)]
fn list_users() {}

// utoipa's `modifiers(..)` takes names, so the modifiers are consts.
const GET_USER: SchemasOf<GetUser> = SchemasOf::new();
const LIST_OR_DELETE: SchemasOf<Result<ListUsers<User>, DeleteUser>> = SchemasOf::new();

#[derive(OpenApi)]
#[openapi(paths(get_user, list_users), modifiers(&GET_USER, &LIST_OR_DELETE))]
struct Api;

#[test]
fn schemas_the_bodies_reach_land_in_components() {
    let document = serde_json::to_value(Api::openapi()).expect("the document serializes");
    let schemas = &document["components"]["schemas"];
    let mut names: Vec<&str> = schemas.as_object().expect("schemas").keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(names, ["ErrorBody", "Page_User", "Team", "User"]);
    assert_eq!(schemas["User"]["properties"]["team"]["$ref"], "#/components/schemas/Team");
    assert_eq!(
        document["paths"]["/users/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/User"
    );
}

/// The error type shared by handlers: it owns 404.
#[derive(TypedResponse)]
#[allow(dead_code)]
enum ApiError {
    /// Nothing has this id.
    #[status(NOT_FOUND)]
    NotFound(Json<ErrorBody>),
    /// Too many requests.
    #[status(TOO_MANY_REQUESTS)]
    Slow {
        #[header(RETRY_AFTER)]
        retry_after: Duration,
    },
}

/// An Ok type that also lists 404, which `responses(Found, ApiError)` overwrites.
#[derive(TypedResponse)]
#[allow(dead_code)]
enum Found {
    #[status(OK)]
    User(Json<User>),
    /// The Ok side's own 404.
    #[status(NOT_FOUND)]
    Gone,
}

#[utoipa::path(get, path = "/shared", responses(Found, ApiError))]
#[allow(dead_code)]
fn shared() {}

#[derive(OpenApi)]
#[openapi(paths(shared))]
struct SharedApi;

#[test]
fn a_status_in_both_ok_and_err_types_keeps_the_last_listed() {
    // utoipa merges `responses(A, B)` by code, B replacing A: the trait documents this.
    let document = serde_json::to_value(SharedApi::openapi()).expect("the document serializes");
    let responses = &document["paths"]["/shared"]["get"]["responses"];
    assert_eq!(responses["404"]["description"], "Nothing has this id.");
    assert_eq!(responses["404"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ErrorBody");
    assert_eq!(responses["200"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/User");
    assert_eq!(responses["429"]["headers"]["retry-after"]["schema"]["type"], "integer");
}
