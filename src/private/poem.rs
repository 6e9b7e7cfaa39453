//! The derive's `poem::IntoResponse` impls. poem 3 is built on `http` 1, so the head is applied
//! through the `http` module, as for axum.

pub use poem::{IntoResponse, Response};

use alloc::string::ToString;

use super::Head;

/// What a poem body field must be: `IntoResponse`, under a trait of our own so that a type
/// without it is an error at the field that says what to do.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the body of a poem response: it does not implement `poem::IntoResponse`",
    label = "not a poem body",
    note = "poem sends bodies that implement `poem::IntoResponse`: `String`, `&'static str`, `Vec<u8>`, `Bytes`, `poem::web::Json<T>` for `T: Serialize`, `Html<T>`, poem-openapi's payloads...",
    note = "wrap the value, as in `Json(user)`, or mark the field `#[header(..)]` if it holds a header field"
)]
pub trait Body: IntoResponse {}

impl<T: IntoResponse> Body for T {}

/// The body's response, with the status and header fields of `head`.
///
/// A body whose own conversion failed (a 5xx, such as `Json` failing to serialize) is passed on
/// unchanged: its error says more than our status would. A header value that cannot be sent is
/// a 500 naming the field, logged through `tracing` as well.
pub fn respond<B: Body>(head: Head, body: B) -> Response {
    let mut response = body.into_response();
    if response.status().is_server_error() {
        return response;
    }
    let code = head.status.code();
    let (mut status, mut headers) = (response.status(), core::mem::take(response.headers_mut()));
    match super::http::apply(head, &mut status, &mut headers) {
        Ok(()) => {
            response.set_status(status);
            *response.headers_mut() = headers;
            response
        }
        Err(invalid) => {
            tracing::error!(target: "status_atlas::response", status = code, error = %invalid, "a derived response cannot be sent as written; answering 500 instead");
            Response::builder().status(http::StatusCode::INTERNAL_SERVER_ERROR).body(invalid.to_string())
        }
    }
}
