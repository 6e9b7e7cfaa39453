//! Derived response types as actix-web handlers' return values, over a real socket on 127.0.0.1.

mod support;

use std::net::SocketAddr;
use std::time::Duration;

use actix_web::web::{self, Json};
use actix_web::{App, HttpServer};
use serde_json::{Value, json};
use status_atlas::TypedResponse;
use support::request;

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
    allow: Vec<actix_web::http::Method>,
    #[header("x-request-id")]
    request_id: Option<String>,
}

#[derive(TypedResponse)]
enum Cached<T> {
    #[status(OK)]
    Fresh(T),
    #[status(NOT_MODIFIED)]
    NotModified {
        #[header(ETAG)]
        etag: &'static str,
    },
}

#[derive(TypedResponse)]
#[status(SERVICE_UNAVAILABLE)]
struct Busy {
    #[header(RETRY_AFTER)]
    retry_after: Duration,
}

#[derive(TypedResponse)]
#[status(BAD_REQUEST)]
struct BadHeader(#[header("x-note")] String);

fn serve() -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
                App::new()
                    .route("/deleted", web::get().to(|| async { DeleteUser::Deleted }))
                    .route("/missing", web::get().to(|| async { DeleteUser::NotFound(Json(json!({ "error": "no user 7" }))) }))
                    .route("/conflict", web::get().to(|| async { DeleteUser::Conflict { reason: "user 7 owns a team".into() } }))
                    .route(
                        "/method",
                        web::get().to(|| async {
                            WrongMethod {
                                allow: vec![actix_web::http::Method::GET, actix_web::http::Method::HEAD],
                                request_id: Some("abc".into()),
                            }
                        }),
                    )
                    .route("/method-no-id", web::get().to(|| async { WrongMethod { allow: vec![], request_id: None } }))
                    .route("/fresh", web::get().to(|| async { Cached::Fresh("hello") }))
                    .route("/not-modified", web::get().to(|| async { Cached::<&str>::NotModified { etag: "\"v1\"" } }))
                    .route("/busy", web::get().to(|| async { Busy { retry_after: Duration::from_secs(120) } }))
                    .route("/bad-header", web::get().to(|| async { BadHeader("line\nbreak".into()) }))
            })
            .workers(1)
            .bind(("127.0.0.1", 0))
            .expect("bind 127.0.0.1");
            sender.send(server.addrs()[0]).expect("report the address");
            server.run().await.expect("the server runs");
        });
    });
    receiver.recv().expect("the server's address")
}

#[test]
fn statuses_bodies_and_header_fields_over_a_socket() {
    let address = serve();

    let deleted = request(address, "GET", "/deleted");
    assert_eq!(deleted.status, 204);
    assert!(deleted.body.is_empty());
    assert!(!deleted.has_header("content-length"), "{:?}", deleted.headers);
    assert!(!deleted.has_header("transfer-encoding"), "{:?}", deleted.headers);

    let missing = request(address, "GET", "/missing");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("content-type"), "application/json");
    assert_eq!(serde_json::from_slice::<Value>(&missing.body).expect("JSON"), json!({ "error": "no user 7" }));

    let conflict = request(address, "GET", "/conflict");
    assert_eq!(conflict.status, 409);
    assert_eq!(conflict.header("content-type"), "text/plain; charset=utf-8");
    assert_eq!(conflict.text(), "user 7 owns a team");

    let method = request(address, "GET", "/method");
    assert_eq!(method.status, 405);
    assert_eq!(method.header("allow"), "GET, HEAD");
    assert_eq!(method.header("x-request-id"), "abc");
    assert!(method.body.is_empty());

    let no_id = request(address, "GET", "/method-no-id");
    assert_eq!(no_id.status, 405);
    assert_eq!(no_id.header("allow"), "", "an empty Allow is legal and still sent");
    assert!(!no_id.has_header("x-request-id"));

    let fresh = request(address, "GET", "/fresh");
    assert_eq!((fresh.status, fresh.text()), (200, "hello"));

    let not_modified = request(address, "GET", "/not-modified");
    assert_eq!(not_modified.status, 304);
    assert_eq!(not_modified.header("etag"), "\"v1\"");
    assert!(not_modified.body.is_empty());
    assert!(!not_modified.has_header("content-length"), "{:?}", not_modified.headers);

    let busy = request(address, "GET", "/busy");
    assert_eq!((busy.status, busy.header("retry-after")), (503, "120"));

    let bad = request(address, "GET", "/bad-header");
    assert_eq!(bad.status, 500, "a field value with a line break is refused, not sent");
    assert!(bad.text().contains("`x-note`"), "{}", bad.text());
}
