//! A small users API on actix-web whose handlers return `TypedResponse` enums.
//!
//! ```sh
//! cargo run --example actix --features actix-web     # listens on 127.0.0.1:3000
//! curl -i -X DELETE http://127.0.0.1:3000/users/1    # 204 No Content
//! curl -i -X DELETE http://127.0.0.1:3000/users/1    # 404 Not Found, JSON error
//! curl -i -X PUT http://127.0.0.1:3000/users/2       # 405 Method Not Allowed, with Allow
//! ```

use std::collections::BTreeSet;
use std::sync::Mutex;

use actix_web::web::{self, Data, Json, Path};
use actix_web::{App, HttpServer};
use serde_json::{Value, json};
use status_atlas::TypedResponse;

type Users = Data<Mutex<BTreeSet<u32>>>;

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

async fn get_user(users: Users, id: Path<u32>) -> GetUser {
    let id = id.into_inner();
    if users.lock().is_ok_and(|users| users.contains(&id)) {
        GetUser::Found(Json(json!({ "id": id })))
    } else {
        GetUser::NotFound(Json(json!({ "error": format!("no user {id}") })))
    }
}

async fn delete_user(users: Users, id: Path<u32>) -> DeleteUser {
    let id = id.into_inner();
    if users.lock().is_ok_and(|mut users| users.remove(&id)) {
        DeleteUser::Deleted
    } else {
        DeleteUser::NotFound(Json(json!({ "error": format!("no user {id}") })))
    }
}

async fn wrong_method() -> WrongMethod {
    WrongMethod { allow: "GET, HEAD, DELETE" }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let users: Users = Data::new(Mutex::new((1..=3).collect()));
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let server = HttpServer::new(move || {
        App::new().app_data(users.clone()).service(
            web::resource("/users/{id}")
                .route(web::get().to(get_user))
                .route(web::delete().to(delete_user))
                .default_service(web::to(wrong_method)),
        )
    })
    .bind(&address)?;
    for address in server.addrs() {
        println!("listening on http://{address}");
    }
    server.run().await
}
