//! Derived response types as poem handlers' return values, over a real socket on 127.0.0.1.
// With `poem-openapi` on and no other framework, every derived type is an `ApiResponse` whose
// bodies must be poem-openapi payloads (see `TypedResponse`), which poem's own `Json` and `String`
// are not: poem's bodies are tested without it, and with it in the workspace's `--all-features`.
#![cfg(any(not(feature = "poem-openapi"), feature = "axum", feature = "actix-web", feature = "utoipa"))]

mod support;

use support::{BadHeader, Busy, Cached, SignIn};

use std::net::SocketAddr;
use std::time::Duration;

use poem::endpoint::make_sync;
use poem::listener::{Acceptor, TcpAcceptor};
use poem::web::Json;
use poem::{IntoResponse, Route, Server, get};
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
    allow: Vec<poem::http::Method>,
    #[header("x-request-id")]
    request_id: Option<String>,
}

fn serve() -> SocketAddr {
    let app = Route::new()
        .at("/deleted", get(make_sync(|_| DeleteUser::Deleted)))
        .at("/missing", get(make_sync(|_| DeleteUser::NotFound(Json(json!({ "error": "no user 7" }))))))
        .at("/conflict", get(make_sync(|_| DeleteUser::Conflict { reason: "user 7 owns a team".into() })))
        .at(
            "/method",
            get(make_sync(|_| WrongMethod {
                allow: vec![poem::http::Method::GET, poem::http::Method::HEAD],
                request_id: Some("abc".into()),
            })),
        )
        .at("/method-no-id", get(make_sync(|_| WrongMethod { allow: vec![], request_id: None })))
        .at("/fresh", get(make_sync(|_| Cached::Fresh("hello"))))
        .at("/not-modified", get(make_sync(|_| Cached::<&str>::NotModified { etag: "\"v1\"" })))
        .at("/busy", get(make_sync(|_| Busy { retry_after: Duration::from_secs(120) })))
        .at("/challenge", get(make_sync(|_| SignIn { challenge: "Bearer realm=\"api\"".into() })))
        .at("/empty-challenge", get(make_sync(|_| SignIn { challenge: String::new() })))
        .at("/listed", get(make_sync(|_| support::listed())))
        .at("/bad-header", get(make_sync(|_| BadHeader("line\nbreak".into()))));
    support::serve_on_tokio(move |listener| async move {
        let acceptor = TcpAcceptor::from_std(listener).expect("a poem acceptor");
        assert_eq!(acceptor.local_addr().len(), 1);
        Server::new_with_acceptor(acceptor).run(app).await.expect("the server runs");
    })
}

#[test]
fn statuses_bodies_and_header_fields_over_a_socket() {
    let address = serve();

    support::check_routes(address);
}

#[test]
fn the_response_carries_the_status_the_trait_reports() {
    for value in [DeleteUser::Deleted, DeleteUser::NotFound(Json(json!({}))), DeleteUser::Conflict { reason: String::new() }] {
        let status = value.status();
        assert_eq!(value.into_response().status(), status);
    }
    assert_eq!(Busy { retry_after: Duration::ZERO }.into_response().status(), Status::SERVICE_UNAVAILABLE);
}

#[test]
fn a_header_value_that_cannot_be_sent_is_logged_as_an_error() {
    let events = support::events::Events::default();
    let response = tracing::subscriber::with_default(events.clone(), || BadHeader("line\nbreak".into()).into_response());
    assert_eq!(response.status(), 500);
    let logged = events.0.lock().unwrap().clone();
    assert_eq!(logged.len(), 1, "{logged:?}");
    assert_eq!(logged[0].0, tracing::Level::ERROR);
    assert!(logged[0].1.contains("status=400"), "{logged:?}");
    assert!(logged[0].1.contains("`x-note`"), "{logged:?}");

    let sent = tracing::subscriber::with_default(events.clone(), || Busy { retry_after: Duration::from_secs(1) }.into_response());
    assert_eq!(sent.status(), 503);
    assert_eq!(events.0.lock().unwrap().len(), 1, "a response that is sent logs nothing");
}
