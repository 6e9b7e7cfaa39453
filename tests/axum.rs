//! Derived response types as axum handlers' return values, over a real socket on 127.0.0.1.

mod axum_server;
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
    axum_server::serve(app)
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

/// The README's "after" example, with stand-ins for its store and error helper, so it compiles.
mod readme {
    use axum::Json;
    use axum::extract::Path;
    use serde::Serialize;
    use status_atlas::TypedResponse;

    // With `utoipa` on, a `Json<T>` body's `T` needs a schema.
    #[derive(Serialize)]
    #[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
    pub(crate) struct Error {
        message: String,
    }

    fn error(id: u32) -> Error {
        Error { message: format!("no user {id}") }
    }

    pub(crate) enum Missing {
        NotFound,
        ReadOnly,
    }
    use Missing::{NotFound, ReadOnly};

    pub(crate) struct Users;

    impl Users {
        #[allow(clippy::unused_self)]
        fn remove(&self, id: u32) -> Result<(), Missing> {
            match id {
                1 => Ok(()),
                2 => Err(ReadOnly),
                _ => Err(NotFound),
            }
        }
    }

    static USERS: Users = Users;

    // From here on, as in the README.
    #[derive(TypedResponse)]
    pub(crate) enum DeleteUser {
        /// The user was deleted.
        #[status(NO_CONTENT)]
        Deleted,
        /// No user has this id.
        #[status(404)]
        NotFound(Json<Error>),
        #[status(METHOD_NOT_ALLOWED)]
        ReadOnly {
            #[header(ALLOW)]
            allow: &'static str,
        },
    }

    // As handlers are, `async` though it awaits nothing.
    #[allow(clippy::unused_async)]
    pub(crate) async fn delete_user(Path(id): Path<u32>) -> DeleteUser {
        let users = &USERS;
        match users.remove(id) {
            Ok(()) => DeleteUser::Deleted,
            Err(NotFound) => DeleteUser::NotFound(Json(error(id))),
            Err(ReadOnly) => DeleteUser::ReadOnly { allow: "GET, HEAD" },
        }
    }
}

#[test]
fn the_readme_example_answers_each_case() {
    use axum::response::IntoResponse;
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
    let answer = |id| runtime.block_on(readme::delete_user(axum::extract::Path(id))).into_response();
    assert_eq!(answer(1).status(), 204);
    assert_eq!(answer(3).status(), 404);
    let read_only = answer(2);
    assert_eq!((read_only.status().as_u16(), read_only.headers()["allow"].to_str().ok()), (405, Some("GET, HEAD")));
}
