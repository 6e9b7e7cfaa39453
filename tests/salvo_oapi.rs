//! With `salvo-oapi`, a derived type is an `EndpointOutRegister`: returned by an `#[endpoint]` it
//! documents one response per status in the router's OpenAPI document, each body as its own
//! `EndpointOutRegister` describes it (salvo's `Json<T>` refers to `T`'s schema in components),
//! header fields typed from their Rust types; and it is served as salvo serves it.

// Only the plain TCP client, the tokio server and the OpenAPI checks of tests/support are used here.
#[allow(dead_code)]
mod support;

use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use salvo::conn::tcp::TcpAcceptor;
use salvo::writing::Json;
use salvo::{Router, Server};
use salvo_oapi::{OpenApi, ToSchema, endpoint};
use serde::Serialize;
use serde_json::{Value, json};
use status_atlas::TypedResponse;
use support::openapi;

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

#[derive(TypedResponse)]
#[allow(dead_code)] // `Merged` and `Slow` are documented, not served.
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
    Merged(String),
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
    #[status(BAD_REQUEST)]
    BadNote {
        #[header("x-note")]
        note: String,
    },
}

/// The report was accepted and will be processed later.
#[derive(TypedResponse)]
#[status(ACCEPTED)]
struct Accepted {
    #[header(LOCATION)]
    location: String,
    #[body(content_type = "application/problem+json", schema = ErrorBody)]
    body: String,
}

#[endpoint]
async fn get_user(request: &mut salvo::Request) -> GetUser {
    match request.param::<u32>("id").unwrap_or_default() {
        1 => GetUser::Found {
            body: Json(User { name: "ada".into(), team: Team { name: "core".into() } }),
            etag: "\"v1\"".into(),
            modified: std::time::UNIX_EPOCH + Duration::from_secs(784_111_777),
            visits: 3,
            skew: -2,
        },
        2 => GetUser::WrongMethod { allow: "GET" },
        3 => GetUser::BadNote { note: "line\nbreak".into() },
        id => GetUser::Missing(Json(ErrorBody { message: format!("no user {id}") })),
    }
}

#[endpoint]
async fn report() -> Accepted {
    Accepted { location: "/reports/1".into(), body: "{}".into() }
}

fn router() -> Router {
    Router::new().push(Router::with_path("users/{id}").get(get_user)).push(Router::with_path("reports").post(report))
}

fn document() -> Value {
    serde_json::to_value(OpenApi::new("users", "1").merge_router(&router())).expect("the document serializes")
}

#[test]
fn one_response_per_status_with_descriptions() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    assert_eq!(openapi::codes(responses), ["200", "400", "404", "405", "429"], "{responses}");
    openapi::check_descriptions(responses);
    let accepted = &document["paths"]["/reports"]["post"]["responses"]["202"];
    assert_eq!(accepted["description"], "The report was accepted and will be processed later.");
}

#[test]
fn bodies_refer_to_schemas_that_resolve_in_components() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    let json = |response: &Value| response["content"]["application/json"]["schema"]["$ref"].as_str().map(str::to_owned);
    let user = json(&responses["200"]).expect("a $ref for the user");
    let error = json(&responses["404"]).expect("a $ref for the error");
    assert_eq!(responses["404"]["content"]["text/plain"]["schema"]["type"], "string");
    assert_eq!(responses["405"].get("content"), None, "no body, no content");
    let accepted = &document["paths"]["/reports"]["post"]["responses"]["202"];
    assert_eq!(accepted["content"]["application/problem+json"]["schema"]["$ref"].as_str(), Some(error.as_str()));
    let user = openapi::resolve(&document, &user);
    assert!(user["properties"]["name"].is_object(), "{user}");
    let team = user["properties"]["team"]["$ref"].as_str().expect("a $ref for the team");
    assert!(openapi::resolve(&document, team)["properties"]["name"].is_object());
    assert!(openapi::resolve(&document, &error)["properties"]["message"].is_object());
}

#[test]
fn header_fields_are_typed_and_described() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    openapi::check_header_fields(responses, &json!(0));
}

fn serve() -> SocketAddr {
    support::serve_on_tokio(|listener| async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
        let acceptor = TcpAcceptor::try_from(listener).expect("a salvo acceptor");
        Server::new(acceptor).serve(router()).await;
    })
}

#[test]
fn the_endpoints_answer_over_a_socket() {
    let address = serve();
    let found = support::request(address, "GET", "/users/1");
    assert_eq!(found.status, 200);
    assert_eq!(found.header("etag"), "\"v1\"");
    assert_eq!(found.header("last-modified"), "Sun, 06 Nov 1994 08:49:37 GMT");
    assert_eq!((found.header("x-visits"), found.header("x-clock-skew")), ("3", "-2"));
    assert_eq!(serde_json::from_slice::<Value>(&found.body).expect("JSON"), json!({ "name": "ada", "team": { "name": "core" } }));

    let wrong = support::request(address, "GET", "/users/2");
    assert_eq!((wrong.status, wrong.header("allow")), (405, "GET"));
    assert!(wrong.body.is_empty(), "{}", wrong.text());

    let missing = support::request(address, "GET", "/users/9");
    assert_eq!(missing.status, 404);
    assert_eq!(serde_json::from_slice::<Value>(&missing.body).expect("JSON"), json!({ "message": "no user 9" }));

    let bad = support::request(address, "GET", "/users/3");
    assert_eq!(bad.status, 500, "a field value with a line break is refused, not sent");
    assert!(bad.text().contains("`x-note`"), "{}", bad.text());

    let accepted = support::request(address, "POST", "/reports");
    assert_eq!((accepted.status, accepted.header("location")), (202, "/reports/1"));
}
