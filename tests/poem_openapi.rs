//! With `poem-openapi`, a derived type is an `ApiResponse`: returned by an `#[OpenApi]` endpoint
//! it documents one response per status, each body as its payload describes it (`Json<T>` refers
//! to `T`'s schema in components), header fields typed from their Rust types; and it is served
//! as poem serves it.

// Only the plain TCP client, the tokio server and the OpenAPI checks of tests/support are used here.
#[allow(dead_code)]
mod support;

use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use poem::Route;
use poem::listener::TcpAcceptor;
use poem_openapi::param::Path;
use poem_openapi::payload::{Json, PlainText};
use poem_openapi::{Object, OpenApi, OpenApiService};
use serde_json::{Value, json};
use status_atlas::TypedResponse;
use support::openapi;

#[derive(Object)]
struct User {
    name: String,
    team: Team,
}

#[derive(Object)]
struct Team {
    name: String,
}

#[derive(Object)]
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
    Merged(PlainText<String>),
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
    body: PlainText<String>,
}

struct Api;

// poem-openapi's endpoints are `async` methods, whether or not they await.
#[allow(clippy::unused_async)]
#[OpenApi]
impl Api {
    #[oai(path = "/users/:id", method = "get")]
    async fn get_user(&self, id: Path<u32>) -> GetUser {
        match id.0 {
            1 => GetUser::Found {
                body: Json(User { name: "ada".into(), team: Team { name: "core".into() } }),
                etag: "\"v1\"".into(),
                modified: std::time::UNIX_EPOCH + Duration::from_secs(784_111_777),
                visits: 3,
                skew: -2,
            },
            2 => GetUser::WrongMethod { allow: "GET" },
            3 => GetUser::BadNote { note: "line\nbreak".into() },
            _ => GetUser::Missing(Json(ErrorBody { message: format!("no user {}", id.0) })),
        }
    }

    #[oai(path = "/reports", method = "post")]
    async fn report(&self) -> Accepted {
        Accepted { location: "/reports/1".into(), body: PlainText("{}".into()) }
    }
}

fn document() -> Value {
    serde_json::from_str(&OpenApiService::new(Api, "users", "1").spec()).expect("the document is JSON")
}

#[test]
fn one_response_per_status_with_descriptions() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    assert_eq!(openapi::codes(responses), ["200", "400", "404", "405", "429"]);
    openapi::check_descriptions(responses);
    let accepted = &document["paths"]["/reports"]["post"]["responses"]["202"];
    assert_eq!(accepted["description"], "The report was accepted and will be processed later.");
}

#[test]
fn bodies_refer_to_schemas_that_resolve_in_components() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    assert_eq!(responses["200"]["content"]["application/json; charset=utf-8"]["schema"]["$ref"], "#/components/schemas/User");
    assert_eq!(responses["404"]["content"]["application/json; charset=utf-8"]["schema"]["$ref"], "#/components/schemas/ErrorBody");
    assert_eq!(responses["404"]["content"]["text/plain; charset=utf-8"]["schema"]["type"], "string");
    assert_eq!(responses["405"].get("content"), None, "no body, no content");
    let accepted = &document["paths"]["/reports"]["post"]["responses"]["202"];
    assert_eq!(accepted["content"]["application/problem+json"]["schema"]["$ref"], "#/components/schemas/ErrorBody");
    let schemas = &document["components"]["schemas"];
    assert_eq!(schemas["User"]["properties"]["team"]["$ref"], "#/components/schemas/Team");
    let found = openapi::references(&document);
    assert!(found.len() >= 4, "{found:?}");
    for reference in found {
        openapi::resolve(&document, reference);
    }
}

#[test]
fn header_fields_are_typed_and_described() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    // poem-openapi writes a minimum as a float.
    openapi::check_header_fields(responses, &json!(0.0));
    // poem-openapi's schemas say no more than that.
    let found = &responses["200"]["headers"];
    assert_eq!(found["etag"]["schema"], json!({ "type": "string" }));
    assert_eq!(found["x-visits"]["schema"], json!({ "type": "integer", "minimum": 0.0 }));
    assert_eq!(found["x-clock-skew"]["schema"], json!({ "type": "integer" }));
}

fn serve() -> SocketAddr {
    let app = Route::new().nest("/", OpenApiService::new(Api, "users", "1"));
    support::serve_on_tokio(move |listener| async move {
        let acceptor = TcpAcceptor::from_std(listener).expect("a poem acceptor");
        poem::Server::new_with_acceptor(acceptor).run(app).await.expect("the server runs");
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

    let missing = support::request(address, "GET", "/users/9");
    assert_eq!(missing.status, 404);
    assert_eq!(serde_json::from_slice::<Value>(&missing.body).expect("JSON"), json!({ "message": "no user 9" }));

    let bad = support::request(address, "GET", "/users/3");
    assert_eq!(bad.status, 500, "a field value with a line break is refused, not sent");
    assert!(bad.text().contains("`x-note`"), "{}", bad.text());

    let accepted = support::request(address, "POST", "/reports");
    assert_eq!((accepted.status, accepted.header("location")), (202, "/reports/1"));
}
