//! A users API on axum, documented with aide: the handlers return `TypedResponse` types, and
//! each documents its statuses, bodies and header fields in the OpenAPI document by itself.
//!
//! ```sh
//! cargo run --example aide --features aide              # listens on 127.0.0.1:3000
//! curl http://127.0.0.1:3000/openapi.json               # the document
//! curl -i http://127.0.0.1:3000/users/1                 # 200 OK, with ETag
//! curl -i http://127.0.0.1:3000/users/9                 # 404 Not Found, JSON error
//! curl -i -X DELETE http://127.0.0.1:3000/users/2       # 429 Too Many Requests, Retry-After
//! cargo run --example aide --features aide -- --print   # prints the document and exits
//! ```

use std::sync::Arc;
use std::time::Duration;

use aide::axum::routing::get;
use aide::axum::{ApiRouter, IntoApiResponse};
use aide::openapi::{Info, OpenApi};
use axum::extract::Path;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::Serialize;
use status_atlas::TypedResponse;

#[derive(Serialize, JsonSchema)]
struct User {
    id: u32,
    name: String,
}

#[derive(Serialize, JsonSchema)]
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
        #[header("x-rate-limit-remaining")]
        remaining: u32,
    },
}

async fn get_user(Path(id): Path<u32>) -> GetUser {
    match id {
        1..=3 => GetUser::Found { body: Json(User { id, name: format!("user {id}") }), etag: format!("\"v{id}\"") },
        _ => GetUser::NotFound(Json(Error { message: format!("no user {id}") })),
    }
}

async fn delete_user(Path(id): Path<u32>) -> DeleteUser {
    if id == 1 { DeleteUser::Deleted } else { DeleteUser::Slow { retry_after: Duration::from_secs(30), remaining: 0 } }
}

async fn serve_document(Extension(api): Extension<Arc<OpenApi>>) -> impl IntoApiResponse {
    Json(api.as_ref().clone())
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut api = OpenApi { info: Info { title: "users".into(), version: "1".into(), ..Info::default() }, ..OpenApi::default() };
    let app = ApiRouter::new()
        .api_route("/users/{id}", get(get_user).delete(delete_user))
        .route("/openapi.json", axum::routing::get(serve_document))
        .finish_api(&mut api);
    if std::env::args().nth(1).as_deref() == Some("--print") {
        println!("{}", serde_json::to_string_pretty(&api).map_err(std::io::Error::other)?);
        return Ok(());
    }
    let app = app.layer(Extension(Arc::new(api)));
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await
}
