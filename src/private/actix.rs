//! The derive's `actix_web::Responder` impls. actix-web 4 has its own `http` 0.2 types, so the
//! head is applied here rather than through the `http` module.

pub use actix_web::body::BoxBody;
pub use actix_web::{HttpRequest, HttpResponse, Responder};

use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderName, HeaderValue};
use alloc::string::ToString;

use super::Head;

/// What an actix-web body field must be: `Responder`, under a trait of our own so that a type
/// without it is an error at the field that says what to do.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the body of an actix-web response: it does not implement `Responder`",
    label = "not an actix-web body",
    note = "actix-web sends bodies that implement `actix_web::Responder`: `String`, `&'static str`, `Vec<u8>`, `Bytes`, `web::Json<T>` for `T: Serialize`, `web::Html`...",
    note = "wrap the value, as in `Json(user)`, or mark the field `#[header(..)]` if it holds a header field"
)]
pub trait Body: Responder {}

impl<T: Responder> Body for T {}
use crate::InvalidFieldValue;

/// The body's response, with the status and header fields of `head`.
///
/// A body whose own conversion failed (a 5xx, such as `Json` failing to serialize) is passed on
/// unchanged: its error says more than our status would.
pub fn respond<B: Body>(head: Head, body: B, request: &HttpRequest) -> HttpResponse {
    let response = body.respond_to(request).map_into_boxed_body();
    if response.status().is_server_error() {
        return response;
    }
    finish(head, response)
}

/// A response with no body.
pub fn respond_empty(head: Head) -> HttpResponse {
    finish(head, HttpResponse::new(StatusCode::OK))
}

fn finish(head: Head, mut response: HttpResponse) -> HttpResponse {
    if let Err(invalid) = head.check() {
        return HttpResponse::InternalServerError().body(invalid.to_string());
    }
    match StatusCode::from_u16(head.status.code()) {
        Ok(status) => *response.status_mut() = status,
        Err(_) => unreachable!("the dataset holds codes from 100 to 599 only"),
    }
    for (name, value) in head.fields {
        let invalid = InvalidFieldValue::unsendable(name);
        match (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_bytes(&value)) {
            (Ok(name), Ok(value)) => response.headers_mut().append(name, value),
            _ => return HttpResponse::InternalServerError().body(invalid.to_string()),
        }
    }
    response
}
