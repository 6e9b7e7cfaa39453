//! A users API on salvo with salvo-oapi: the endpoints return `TypedResponse` types, which salvo
//! renders and which document their statuses, bodies and header fields in the router's OpenAPI
//! document by themselves.
//!
//! ```sh
//! cargo run --example salvo --features salvo-oapi       # listens on 127.0.0.1:3000
//! curl http://127.0.0.1:3000/openapi.json               # the document
//! curl -i http://127.0.0.1:3000/users/1                 # 200 OK, with ETag
//! curl -i http://127.0.0.1:3000/users/9                 # 404 Not Found, JSON error
//! curl -i -X DELETE http://127.0.0.1:3000/users/2       # 429 Too Many Requests, Retry-After
//! cargo run --example salvo --features salvo-oapi -- --print   # prints the document and exits
//! ```

use std::time::Duration;

use salvo::conn::TcpListener;
use salvo::writing::Json;
use salvo::{Listener, Request, Router, Server};
use salvo_oapi::{OpenApi, ToSchema, endpoint};
use serde::Serialize;
use status_atlas::TypedResponse;

#[derive(Serialize, ToSchema)]
struct User {
    id: u32,
    name: String,
}

#[derive(Serialize, ToSchema)]
struct Error {
    message: String,
}

/// What `GET /users/{id}` answers.
#[derive(TypedResponse)]
enum GetUser {
    /// The user.
    #[status(OK)]
    Found {
        body: Json<User>,
        /// The version of the user record, for `If-None-Match`.
        #[header(ETAG)]
        etag: String,
    },
    /// No user has this id.
    #[status(NOT_FOUND)]
    NotFound(Json<Error>),
}

/// What `DELETE /users/{id}` answers.
#[derive(TypedResponse)]
enum DeleteUser {
    /// The user was deleted.
    #[status(NO_CONTENT)]
    Deleted,
    /// Deletions are rate-limited.
    #[status(TOO_MANY_REQUESTS)]
    Slow {
        /// How long to wait before the next deletion.
        #[header(RETRY_AFTER)]
        retry_after: Duration,
    },
}

#[endpoint]
async fn get_user(request: &mut Request) -> GetUser {
    match request.param::<u32>("id") {
        Some(id @ 1..=3) => GetUser::Found { body: Json(User { id, name: format!("user {id}") }), etag: format!("\"v{id}\"") },
        id => GetUser::NotFound(Json(Error { message: format!("no user {}", id.unwrap_or_default()) })),
    }
}

#[endpoint]
async fn delete_user(request: &mut Request) -> DeleteUser {
    if request.param::<u32>("id") == Some(1) { DeleteUser::Deleted } else { DeleteUser::Slow { retry_after: Duration::from_secs(30) } }
}

#[tokio::main]
async fn main() {
    let router = Router::new().push(Router::with_path("users/{id}").get(get_user).delete(delete_user));
    let document = OpenApi::new("users", "1").merge_router(&router);
    if std::env::args().nth(1).as_deref() == Some("--print") {
        println!("{}", document.to_pretty_json().unwrap_or_default());
        return;
    }
    let router = router.push(document.into_router("/openapi.json"));
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    println!("listening on http://{address}");
    Server::new(TcpListener::new(address).bind().await).serve(router).await;
}
