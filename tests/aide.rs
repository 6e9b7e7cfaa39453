//! With `aide`, a derived type returned by an axum handler documents itself in aide's OpenAPI
//! document: one response per status, bodies described by their own `OperationOutput` (axum's
//! `Json<T>` refers to `T`'s schema in components), header fields typed from their Rust types.

// Only the OpenAPI checks of tests/support are used here.
#[allow(dead_code)]
mod support;

use std::time::{Duration, SystemTime};

use aide::axum::ApiRouter;
use aide::axum::routing::get;
use aide::openapi::OpenApi;
use axum::Json;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Value, json};
use status_atlas::{Status, TypedResponse};
use support::openapi;

#[derive(Serialize, JsonSchema)]
struct User {
    name: String,
    team: Team,
}

#[derive(Serialize, JsonSchema)]
struct Team {
    name: String,
}

#[derive(Serialize, JsonSchema)]
struct ErrorBody {
    message: String,
}

#[derive(TypedResponse)]
#[allow(dead_code)]
enum GetUser {
    /// The user.
    #[status(OK)]
    Found {
        body: Json<User>,
        /// The version of the user record, for `If-Match`.
        #[header(ETAG)]
        etag: String,
        #[header(LAST_MODIFIED)]
        modified: SystemTime,
        #[header("x-visits")]
        visits: u64,
        #[header("x-clock-skew")]
        skew: i32,
    },
    /// No user has this id.
    #[status(NOT_FOUND)]
    Missing(Json<ErrorBody>),
    /// The user was merged into another.
    #[status(404)]
    Merged(Json<ErrorBody>),
    #[status(METHOD_NOT_ALLOWED)]
    WrongMethod {
        #[header(ALLOW)]
        allow: &'static str,
    },
    #[status(TOO_MANY_REQUESTS)]
    Slow {
        /// How long to wait.
        #[header(RETRY_AFTER)]
        retry_after: Duration,
    },
}

/// Errors every handler shares.
#[derive(TypedResponse)]
#[allow(dead_code)]
enum ApiError {
    /// The request is not well formed.
    #[status(BAD_REQUEST)]
    Invalid(String),
    #[status(UNAUTHORIZED)]
    SignIn {
        #[header(WWW_AUTHENTICATE)]
        challenge: String,
    },
}

/// The report was accepted and will be processed later.
#[derive(TypedResponse)]
#[status(ACCEPTED)]
#[allow(dead_code)]
struct Accepted {
    #[header(LOCATION)]
    location: String,
    #[body(content_type = "application/problem+json", schema = ErrorBody)]
    body: Json<Value>,
}

#[derive(TypedResponse)]
#[allow(dead_code)]
enum Export {
    #[status(OK)]
    Csv(#[body(content_type = "text/csv")] Vec<u8>),
    #[status(NO_CONTENT)]
    Nothing,
}

async fn get_user() -> GetUser {
    GetUser::WrongMethod { allow: "GET" }
}

async fn delete_user() -> Result<Export, ApiError> {
    Err(ApiError::Invalid("no".into()))
}

async fn report() -> Accepted {
    Accepted { location: "/reports/1".into(), body: Json(json!({})) }
}

fn document() -> Value {
    let mut api = OpenApi::default();
    let _app: axum::Router = ApiRouter::new()
        .api_route("/users/{id}", get(get_user).delete(delete_user))
        .api_route("/reports", get(report))
        .finish_api(&mut api);
    serde_json::to_value(&api).expect("the document serializes")
}

#[test]
fn one_response_per_status_with_descriptions() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    assert_eq!(openapi::codes(responses), ["200", "404", "405", "429"]);
    openapi::check_descriptions(responses);
}

#[test]
fn json_bodies_refer_to_schemas_that_resolve_in_components() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    assert_eq!(responses["200"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/User");
    assert_eq!(responses["404"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ErrorBody");
    assert_eq!(responses["405"].get("content"), None, "no body, no content");
    let schemas = &document["components"]["schemas"];
    assert_eq!(schemas["User"]["properties"]["team"]["$ref"], "#/components/schemas/Team");
    let found = openapi::references(&document);
    assert!(found.len() >= 3, "{found:?}");
    for reference in found {
        openapi::resolve(&document, reference);
    }
}

#[test]
fn header_fields_are_typed_and_described() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    openapi::check_header_fields(responses, &json!(0));
    // aide's schemas say no more than that.
    let found = &responses["200"]["headers"];
    assert_eq!(found["etag"]["schema"], json!({ "type": "string" }));
    assert_eq!(found["x-visits"]["schema"], json!({ "type": "integer", "minimum": 0 }));
    assert_eq!(found["x-clock-skew"]["schema"], json!({ "type": "integer" }));
}

#[test]
fn a_result_lists_the_ok_and_the_err_statuses() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["delete"]["responses"];
    assert_eq!(openapi::codes(responses), ["200", "204", "400", "401"]);
    assert_eq!(responses["200"]["content"], json!({ "text/csv": {} }));
    assert_eq!(responses["400"]["content"]["text/plain; charset=utf-8"], json!({}), "as aide describes a `String`");
    let note = Status::UNAUTHORIZED.headers().iter().find(|rule| rule.field == "WWW-Authenticate").expect("401's rule").note;
    assert_eq!(responses["401"]["headers"]["www-authenticate"]["description"], note);
}

#[test]
fn a_struct_is_described_by_its_doc_comment_and_declared_bodies_by_their_attribute() {
    let document = document();
    let accepted = &document["paths"]["/reports"]["get"]["responses"]["202"];
    assert_eq!(accepted["description"], "The report was accepted and will be processed later.");
    assert_eq!(accepted["content"]["application/problem+json"]["schema"]["$ref"], "#/components/schemas/ErrorBody");
    assert_eq!(accepted["headers"]["location"]["schema"]["type"], "string");
}

#[test]
fn a_handler_still_answers_as_axum_does() {
    use axum::response::IntoResponse;
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
    let response = runtime.block_on(get_user()).into_response();
    assert_eq!((response.status().as_u16(), response.headers()["allow"].to_str().ok()), (405, Some("GET")));
}
