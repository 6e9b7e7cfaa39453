//! A small users API on Rocket whose handlers return `TypedResponse` enums.
//!
//! ```sh
//! cargo run --example rocket --features rocket          # listens on 127.0.0.1:3000
//! curl -i http://127.0.0.1:3000/users/1                 # 200 OK, JSON, with ETag
//! curl -i -X DELETE http://127.0.0.1:3000/users/1       # 204 No Content
//! curl -i -X DELETE http://127.0.0.1:3000/users/1       # 404 Not Found, JSON error
//! curl -i -X PUT http://127.0.0.1:3000/users/2          # 405 Method Not Allowed, with Allow
//! ```

use std::collections::BTreeSet;
use std::sync::Mutex;

use rocket::serde::json::{Json, Value, json};
use rocket::{State, delete, get, put, routes};
use status_atlas::TypedResponse;

struct Users(Mutex<BTreeSet<u32>>);

/// What `GET /users/{id}` answers.
#[derive(TypedResponse)]
enum GetUser {
    #[status(OK)]
    Found {
        body: Json<Value>,
        /// The version of the record, for `If-None-Match`.
        #[header(ETAG)]
        etag: String,
    },
    #[status(NOT_FOUND)]
    NotFound(Json<Value>),
}

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

/// `PUT` on `/users/{id}`, which takes only `GET`, `HEAD` and `DELETE`.
#[derive(TypedResponse)]
#[status(METHOD_NOT_ALLOWED)]
struct WrongMethod {
    #[header(ALLOW)]
    allow: &'static str,
}

#[get("/users/<id>")]
fn get_user(users: &State<Users>, id: u32) -> GetUser {
    if users.0.lock().is_ok_and(|users| users.contains(&id)) {
        GetUser::Found { body: Json(json!({ "id": id })), etag: format!("\"v{id}\"") }
    } else {
        GetUser::NotFound(Json(json!({ "error": format!("no user {id}") })))
    }
}

#[delete("/users/<id>")]
fn delete_user(users: &State<Users>, id: u32) -> DeleteUser {
    if users.0.lock().is_ok_and(|mut users| users.remove(&id)) {
        DeleteUser::Deleted
    } else {
        DeleteUser::NotFound(Json(json!({ "error": format!("no user {id}") })))
    }
}

#[put("/users/<_id>")]
fn wrong_method(_id: u32) -> WrongMethod {
    WrongMethod { allow: "GET, HEAD, DELETE" }
}

#[rocket::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let address: std::net::SocketAddr = std::env::args().nth(1).as_deref().unwrap_or("127.0.0.1:3000").parse()?;
    let config = rocket::Config { address: address.ip(), port: address.port(), ..rocket::Config::release_default() };
    rocket::custom(config)
        .manage(Users(Mutex::new((1..=3).collect())))
        .mount("/", routes![get_user, delete_user, wrong_method])
        .launch()
        .await?;
    Ok(())
}
