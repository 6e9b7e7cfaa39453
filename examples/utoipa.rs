//! A users API on axum documented with utoipa: handlers return `TypedResponse` types (an Ok type
//! and a shared error type, as `Result<GetUser, ApiError>`), utoipa-axum's `OpenApiRouter`
//! collects the paths, `SchemasOf` adds the body schemas to components, and status-atlas's tower
//! layer checks every response the app sends.
//!
//! ```sh
//! cargo run --example utoipa --features utoipa,axum,tower   # listens on 127.0.0.1:3000
//! curl http://127.0.0.1:3000/openapi.json                   # the document
//! curl -i http://127.0.0.1:3000/users/1                     # 200 OK, ETag and Last-Modified
//! curl -i http://127.0.0.1:3000/users/9                     # 404 Not Found, from ApiError
//! curl -i -X POST http://127.0.0.1:3000/users               # 201 Created, Location
//! curl -i -X POST http://127.0.0.1:3000/users               # 429 Too Many Requests, Retry-After
//! cargo run --example utoipa --features utoipa,axum,tower -- --print   # prints the document
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use status_atlas::conformance::ConformanceLayer;
use status_atlas::{SchemasOf, TypedResponse};
use utoipa::openapi::OpenApi;
use utoipa::{Modify, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(Serialize, ToSchema)]
struct User {
    id: u32,
    name: String,
}

#[derive(Serialize, ToSchema)]
struct Error {
    message: String,
}

/// The errors every handler shares: they own their statuses, so no Ok type lists them too.
#[derive(TypedResponse)]
enum ApiError {
    /// No user has this id.
    #[status(NOT_FOUND)]
    NotFound(Json<Error>),
    /// Creating users is rate-limited.
    #[status(TOO_MANY_REQUESTS)]
    Slow {
        /// How long to wait before trying again.
        #[header(RETRY_AFTER)]
        retry_after: Duration,
    },
}

/// What `GET /users/{id}` answers when the user exists.
#[derive(TypedResponse)]
enum GetUser {
    /// The user.
    #[status(OK)]
    Found {
        body: Json<User>,
        /// The version of the record, for `If-None-Match`.
        #[header(ETAG)]
        etag: String,
        /// When the record last changed.
        #[header(LAST_MODIFIED)]
        modified: SystemTime,
    },
}

/// The user was created.
#[derive(TypedResponse)]
#[status(CREATED)]
struct Created {
    /// Where the new user is.
    #[header(LOCATION)]
    location: String,
    body: Json<User>,
}

/// How many users were created so far; the fourth is one too many.
type Users = Arc<AtomicU32>;

#[utoipa::path(get, path = "/users/{id}", params(("id" = u32, Path)), responses(GetUser, ApiError))]
async fn get_user(Path(id): Path<u32>) -> Result<GetUser, ApiError> {
    if !(1..=3).contains(&id) {
        return Err(ApiError::NotFound(Json(Error { message: format!("no user {id}") })));
    }
    let modified = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    Ok(GetUser::Found { body: Json(User { id, name: format!("user {id}") }), etag: format!("\"v{id}\""), modified })
}

#[utoipa::path(post, path = "/users", responses(Created, ApiError))]
async fn create_user(State(users): State<Users>) -> Result<Created, ApiError> {
    let id = users.fetch_add(1, Ordering::Relaxed) + 4;
    if id > 4 {
        return Err(ApiError::Slow { retry_after: Duration::from_secs(60) });
    }
    Ok(Created { location: format!("/users/{id}"), body: Json(User { id, name: format!("user {id}") }) })
}

// Each handler's schemas, Ok and Err types together.
const GET_USER: SchemasOf<Result<GetUser, ApiError>> = SchemasOf::new();
const CREATE_USER: SchemasOf<Result<Created, ApiError>> = SchemasOf::new();

fn app() -> (axum::Router, OpenApi) {
    let info = utoipa::openapi::Info::new("users", "1");
    let (router, mut document) = OpenApiRouter::with_openapi(utoipa::openapi::OpenApiBuilder::new().info(info).build())
        .routes(routes!(get_user))
        .routes(routes!(create_user))
        .with_state(Users::default())
        .split_for_parts();
    GET_USER.modify(&mut document);
    CREATE_USER.modify(&mut document);
    (router, document)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let (router, document) = app();
    let json = document.to_pretty_json().map_err(std::io::Error::other)?;
    if std::env::args().nth(1).as_deref() == Some("--print") {
        println!("{json}");
        return Ok(());
    }
    // The layer reports what breaks a rule of the dataset through `tracing`: none of these do.
    let app = router.route("/openapi.json", axum::routing::get(move || async move { json })).layer(ConformanceLayer::new());
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await
}
