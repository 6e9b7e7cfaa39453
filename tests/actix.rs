//! Derived response types as actix-web handlers' return values, over a real socket on 127.0.0.1.

mod support;

use support::{BadHeader, Busy, Cached, SignIn};

use std::net::SocketAddr;
use std::time::Duration;

use actix_web::web::{self, Json};
use actix_web::{App, HttpServer};
use serde_json::{Value, json};
use status_atlas::TypedResponse;

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
                    .route("/challenge", web::get().to(|| async { SignIn { challenge: "Bearer realm=\"api\"".into() } }))
                    .route("/empty-challenge", web::get().to(|| async { SignIn { challenge: String::new() } }))
                    .route("/listed", web::get().to(|| async { support::listed() }))
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

    support::check_routes(address);
}
