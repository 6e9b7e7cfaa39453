//! Derived response types as axum handlers' return values, over a real socket on 127.0.0.1.

mod support;

use support::{BadHeader, Busy, Cached, SignIn};

use std::net::SocketAddr;
use std::time::Duration;

use axum::Json;
use axum::routing::get;
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

fn serve() -> SocketAddr {
    let app = axum::Router::new()
        .route("/deleted", get(|| async { DeleteUser::Deleted }))
        .route("/missing", get(|| async { DeleteUser::NotFound(Json(json!({ "error": "no user 7" }))) }))
        .route("/conflict", get(|| async { DeleteUser::Conflict { reason: "user 7 owns a team".into() } }))
        .route(
            "/method",
            get(|| async { WrongMethod { allow: vec![http::Method::GET, http::Method::HEAD], request_id: Some("abc".into()) } }),
        )
        .route("/method-no-id", get(|| async { WrongMethod { allow: vec![], request_id: None } }))
        .route("/fresh", get(|| async { Cached::Fresh("hello") }))
        .route("/not-modified", get(|| async { Cached::<&str>::NotModified { etag: "\"v1\"" } }))
        .route("/busy", get(|| async { Busy { retry_after: Duration::from_secs(120) } }))
        .route("/challenge", get(|| async { SignIn { challenge: "Bearer realm=\"api\"".into() } }))
        .route("/empty-challenge", get(|| async { SignIn { challenge: String::new() } }))
        .route("/listed", get(|| async { support::listed() }))
        .route("/bad-header", get(|| async { BadHeader("line\nbreak".into()) }));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let address = listener.local_addr().expect("a local address");
    listener.set_nonblocking(true).expect("a non-blocking listener");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("a tokio runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
            axum::serve(listener, app).await.expect("the server runs");
        });
    });
    address
}

#[test]
fn statuses_bodies_and_header_fields_over_a_socket() {
    let address = serve();

    support::check_routes(address);
}

#[test]
fn the_response_carries_the_status_the_trait_reports() {
    use axum::response::IntoResponse;
    for value in [DeleteUser::Deleted, DeleteUser::NotFound(Json(json!({}))), DeleteUser::Conflict { reason: String::new() }] {
        let status = value.status();
        assert_eq!(value.into_response().status(), status);
    }
    assert_eq!(Busy { retry_after: Duration::ZERO }.into_response().status(), Status::SERVICE_UNAVAILABLE);
}
