//! A small users API on axum whose handlers return `TypedResponse` enums.
//!
//! ```sh
//! cargo run --example axum --features axum          # listens on 127.0.0.1:3000
//! curl -i -X DELETE http://127.0.0.1:3000/users/1   # 204 No Content
//! curl -i -X DELETE http://127.0.0.1:3000/users/1   # 404 Not Found, JSON error
//! curl -i -X PUT http://127.0.0.1:3000/users/2      # 405 Method Not Allowed, with Allow
//! ```

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::{Path, State};
use axum::routing::get;
use serde_json::{Value, json};
use status_atlas::TypedResponse;

type Users = Arc<Mutex<BTreeSet<u32>>>;

/// What `DELETE /users/{id}` answers.
#[derive(TypedResponse)]
enum DeleteUser {
    /// The user was deleted.
    #[status(NO_CONTENT)]
    Deleted,
    /// No user has this id.
    #[status(NOT_FOUND)]
    NotFound(Json<Value>),
}

/// What `GET /users/{id}` answers.
#[derive(TypedResponse)]
enum GetUser {
    #[status(OK)]
    Found(Json<Value>),
    #[status(NOT_FOUND)]
    NotFound(Json<Value>),
}

/// Any other method on `/users/{id}`.
#[derive(TypedResponse)]
#[status(METHOD_NOT_ALLOWED)]
struct WrongMethod {
    #[header(ALLOW)]
    allow: &'static str,
}

async fn get_user(State(users): State<Users>, Path(id): Path<u32>) -> GetUser {
    if users.lock().is_ok_and(|users| users.contains(&id)) {
        GetUser::Found(Json(json!({ "id": id })))
    } else {
        GetUser::NotFound(Json(json!({ "error": format!("no user {id}") })))
    }
}

async fn delete_user(State(users): State<Users>, Path(id): Path<u32>) -> DeleteUser {
    if users.lock().is_ok_and(|mut users| users.remove(&id)) {
        DeleteUser::Deleted
    } else {
        DeleteUser::NotFound(Json(json!({ "error": format!("no user {id}") })))
    }
}

async fn wrong_method() -> WrongMethod {
    WrongMethod { allow: "GET, HEAD, DELETE" }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let users: Users = Arc::new(Mutex::new((1..=3).collect()));
    let app = axum::Router::new().route("/users/{id}", get(get_user).delete(delete_user).fallback(wrong_method)).with_state(users);
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await
}
