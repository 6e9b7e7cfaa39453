//! Derived response types as salvo handlers' return values, over a real socket on 127.0.0.1.
// With `salvo-oapi` on and no other framework, every derived type documents its bodies through
// salvo-oapi (see `TypedResponse`); these handlers' `Json<Value>` has no schema there, so salvo's
// bodies are tested without it, and with it in the workspace's `--all-features`.
#![cfg(any(not(feature = "salvo-oapi"), feature = "axum", feature = "actix-web", feature = "utoipa"))]

mod support;

use support::{BadHeader, Busy, Cached, Listed, SignIn};

use std::net::SocketAddr;
use std::time::Duration;

use salvo::conn::tcp::TcpAcceptor;
use salvo::writing::Json;
use salvo::{Response, Router, Server, handler};
use serde_json::{Value, json};
use status_atlas::{Status, TypedResponse};

#[derive(TypedResponse)]
enum DeleteUser {
    #[status(NO_CONTENT)]
    Deleted,
    #[status(404)]
    NotFound(Json<Value>),
    #[status(CONFLICT)]
    Conflict { reason: String },
}

#[derive(TypedResponse)]
#[status(METHOD_NOT_ALLOWED)]
struct WrongMethod {
    #[header(ALLOW)]
    allow: Vec<http::Method>,
    #[header("x-request-id")]
    request_id: Option<String>,
}

#[handler]
fn deleted() -> DeleteUser {
    DeleteUser::Deleted
}

#[handler]
fn missing() -> DeleteUser {
    DeleteUser::NotFound(Json(json!({ "error": "no user 7" })))
}

#[handler]
fn conflict() -> DeleteUser {
    DeleteUser::Conflict { reason: "user 7 owns a team".into() }
}

#[handler]
fn method() -> WrongMethod {
    WrongMethod { allow: vec![http::Method::GET, http::Method::HEAD], request_id: Some("abc".into()) }
}

#[handler]
fn method_no_id() -> WrongMethod {
    WrongMethod { allow: vec![], request_id: None }
}

#[handler]
fn fresh() -> Cached<&'static str> {
    Cached::Fresh("hello")
}

#[handler]
fn not_modified() -> Cached<&'static str> {
    Cached::NotModified { etag: "\"v1\"" }
}

#[handler]
fn busy() -> Busy {
    Busy { retry_after: Duration::from_secs(120) }
}

#[handler]
fn challenge() -> SignIn {
    SignIn { challenge: "Bearer realm=\"api\"".into() }
}

#[handler]
fn empty_challenge() -> SignIn {
    SignIn { challenge: String::new() }
}

#[handler]
fn listed() -> Listed {
    support::listed()
}

#[handler]
fn bad_header() -> BadHeader {
    BadHeader("line\nbreak".into())
}

fn serve() -> SocketAddr {
    let router = Router::new()
        .push(Router::with_path("deleted").get(deleted))
        .push(Router::with_path("missing").get(missing))
        .push(Router::with_path("conflict").get(conflict))
        .push(Router::with_path("method").get(method))
        .push(Router::with_path("method-no-id").get(method_no_id))
        .push(Router::with_path("fresh").get(fresh))
        .push(Router::with_path("not-modified").get(not_modified))
        .push(Router::with_path("busy").get(busy))
        .push(Router::with_path("challenge").get(challenge))
        .push(Router::with_path("empty-challenge").get(empty_challenge))
        .push(Router::with_path("listed").get(listed))
        .push(Router::with_path("bad-header").get(bad_header));
    support::serve_on_tokio(move |listener| async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
        let acceptor = TcpAcceptor::try_from(listener).expect("a salvo acceptor");
        Server::new(acceptor).serve(router).await;
    })
}

#[test]
fn statuses_bodies_and_header_fields_over_a_socket() {
    let address = serve();

    support::check_routes(address);
}

#[test]
fn the_response_carries_the_status_the_trait_reports() {
    use salvo::Scribe;
    for value in [DeleteUser::Deleted, DeleteUser::NotFound(Json(json!({}))), DeleteUser::Conflict { reason: String::new() }] {
        let status = value.status();
        let mut response = Response::new();
        value.render(&mut response);
        assert_eq!(response.status_code.map(|code| code.as_u16()), Some(status.code()));
    }
}

#[test]
fn a_header_value_that_cannot_be_sent_is_logged_as_an_error() {
    use salvo::Scribe;
    let events = support::events::Events::default();
    let mut response = Response::new();
    tracing::subscriber::with_default(events.clone(), || BadHeader("line\nbreak".into()).render(&mut response));
    assert_eq!(response.status_code.map(|code| code.as_u16()), Some(500));
    let logged = events.0.lock().unwrap().clone();
    assert_eq!(logged.len(), 1, "{logged:?}");
    assert_eq!(logged[0].0, tracing::Level::ERROR);
    assert!(logged[0].1.contains("status=400"), "{logged:?}");
    assert!(logged[0].1.contains("`x-note`"), "{logged:?}");
    assert_eq!(Status::BAD_REQUEST.code(), 400);
}
