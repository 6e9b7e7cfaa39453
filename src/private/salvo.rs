//! The derive's `salvo::Scribe` impls (every `Scribe` is a `Writer`, so handlers may return the
//! derived type). salvo 1 is built on `http` 1, so the head is applied through the `http` module.

pub use salvo_core::Response;
pub use salvo_core::writing::Scribe;

use alloc::string::ToString;
use salvo_core::http::{HeaderMap, ResBody, StatusCode};

use super::Head;

/// What a salvo body field must be: `Scribe`, under a trait of our own so that a type without it
/// is an error at the field that says what to do.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the body of a salvo response: it does not implement `Scribe`",
    label = "not a salvo body",
    note = "salvo renders bodies that implement `salvo::Scribe`: `String`, `&'static str`, `salvo::writing::Json<T>` for `T: Serialize`, `Text<T>`...",
    note = "wrap the value, as in `Json(user)`, or mark the field `#[header(..)]` if it holds a header field"
)]
pub trait Body: Scribe {}

impl<T: Scribe> Body for T {}

/// Renders the body into `response`, then applies the status and header fields of `head`.
///
/// A body whose own rendering set a 5xx (such as `Json` failing to serialize) is left as it is:
/// its error says more than our status would. A header value that cannot be sent is a 500 naming
/// the field, logged through `tracing` as well.
pub fn respond<B: Body>(head: Head, body: B, response: &mut Response) {
    let before = response.headers().clone();
    body.render(response);
    finish(head, response, before);
}

/// Applies `head` to a response with no body.
///
/// An error status with no body at all would get salvo's default error page from its catcher:
/// the body is set to nothing instead, so the response carries no content, as the type says.
pub fn respond_empty(head: Head, response: &mut Response) {
    let before = response.headers().clone();
    finish(head, response, before);
    let status = response.status_code.unwrap_or(StatusCode::OK);
    if (status.is_client_error() || status.is_server_error()) && response.body.is_none() {
        response.replace_body(ResBody::Once(alloc::vec::Vec::new().into()));
    }
}

fn finish(head: Head, response: &mut Response, before: HeaderMap) {
    let mut status = response.status_code.unwrap_or(StatusCode::OK);
    if status.is_server_error() {
        return;
    }
    let code = head.status.code();
    let mut headers = core::mem::take(response.headers_mut());
    match super::http::apply(head, &mut status, &mut headers) {
        Ok(()) => {
            response.status_code(status);
            *response.headers_mut() = headers;
        }
        Err(invalid) => {
            tracing::error!(target: "status_atlas::response", status = code, error = %invalid, "a derived response cannot be sent as written; answering 500 instead");
            // What the handler's middleware set stays; what the body set goes with the body.
            *response.headers_mut() = before;
            response.replace_body(ResBody::None);
            response.render_with_status(StatusCode::INTERNAL_SERVER_ERROR, invalid.to_string());
        }
    }
}
