//! The derive's `axum_core::response::IntoResponse` impls.

pub use axum_core::response::{IntoResponse, Response};

use alloc::string::ToString;

use super::Head;

/// What an axum body field must be: `IntoResponse`, under a trait of our own so that a type
/// without it is an error at the field that says what to do.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the body of an axum response: it does not implement `IntoResponse`",
    label = "not an axum body",
    note = "axum sends bodies that implement `axum::response::IntoResponse`: `String`, `&'static str`, `Vec<u8>`, `Bytes`, `Json<T>` for `T: Serialize`, `Html<T>`...",
    note = "wrap the value, as in `Json(user)`, or mark the field `#[header(..)]` if it holds a header field"
)]
pub trait Body: IntoResponse {}

impl<T: IntoResponse> Body for T {}

/// The body's response, with the status and header fields of `head`.
///
/// A body whose own conversion failed (a 5xx, such as `Json` failing to serialize) is passed on
/// unchanged: its error says more than our status would.
pub fn respond<B: Body>(head: Head, body: B) -> Response {
    let mut response = body.into_response();
    if response.status().is_server_error() {
        return response;
    }
    let (mut status, mut headers) = (response.status(), core::mem::take(response.headers_mut()));
    match super::http::apply(head, &mut status, &mut headers) {
        Ok(()) => {
            *response.status_mut() = status;
            *response.headers_mut() = headers;
            response
        }
        Err(invalid) => (http::StatusCode::INTERNAL_SERVER_ERROR, invalid.to_string()).into_response(),
    }
}
