//! A users API on poem with poem-openapi: the endpoints return `TypedResponse` types, which are
//! poem responses and document their statuses, payloads and header fields in the service's
//! OpenAPI document by themselves.
//!
//! ```sh
//! cargo run --example poem --features poem-openapi      # listens on 127.0.0.1:3000
//! curl http://127.0.0.1:3000/openapi.json               # the document
//! curl -i http://127.0.0.1:3000/users/1                 # 200 OK, with ETag
//! curl -i http://127.0.0.1:3000/users/9                 # 404 Not Found, JSON error
//! curl -i -X DELETE http://127.0.0.1:3000/users/2       # 429 Too Many Requests, Retry-After
//! cargo run --example poem --features poem-openapi -- --print   # prints the document and exits
//! ```

use std::time::Duration;

use poem::listener::TcpListener;
use poem::{Route, Server};
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi, OpenApiService};
use status_atlas::TypedResponse;

#[derive(Object)]
struct User {
    id: u32,
    name: String,
}

#[derive(Object)]
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

struct Users;

// poem-openapi's endpoints are `async` methods, whether or not they await.
#[allow(clippy::unused_async)]
#[OpenApi]
impl Users {
    #[oai(path = "/users/:id", method = "get")]
    async fn get_user(&self, Path(id): Path<u32>) -> GetUser {
        match id {
            1..=3 => GetUser::Found { body: Json(User { id, name: format!("user {id}") }), etag: format!("\"v{id}\"") },
            _ => GetUser::NotFound(Json(Error { message: format!("no user {id}") })),
        }
    }

    #[oai(path = "/users/:id", method = "delete")]
    async fn delete_user(&self, Path(id): Path<u32>) -> DeleteUser {
        if id == 1 { DeleteUser::Deleted } else { DeleteUser::Slow { retry_after: Duration::from_secs(30) } }
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let service = OpenApiService::new(Users, "users", "1");
    if std::env::args().nth(1).as_deref() == Some("--print") {
        println!("{}", service.spec());
        return Ok(());
    }
    let document = service.spec_endpoint();
    let app = Route::new().at("/openapi.json", document).nest("/", service);
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    println!("listening on http://{address}");
    Server::new(TcpListener::bind(address)).run(app).await
}
