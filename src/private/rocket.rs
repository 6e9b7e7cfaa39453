//! The derive's `rocket::response::Responder` impls. Rocket 0.5 has its own header types, with
//! values as text, so the head is applied here rather than through the `http` module.

pub use rocket::request::Request;
pub use rocket::response::{Responder, Result};

use alloc::string::{String, ToString};
use rocket::http::{Header, Status};
use rocket::response::Response;

use super::Head;
use crate::InvalidFieldValue;

/// What a Rocket body field must be: `Responder`, under a trait of our own so that a type without
/// it is an error at the field that says what to do.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the body of a Rocket response: it does not implement `Responder`",
    label = "not a Rocket body",
    note = "Rocket sends bodies that implement `rocket::response::Responder`: `String`, `&'static str`, `Vec<u8>`, `rocket::serde::json::Json<T>` for `T: Serialize`, `content::RawHtml<T>`...",
    note = "wrap the value, as in `Json(user)`, or mark the field `#[header(..)]` if it holds a header field"
)]
pub trait Body<'r, 'o: 'r>: Responder<'r, 'o> {}

impl<'r, 'o: 'r, T: Responder<'r, 'o>> Body<'r, 'o> for T {}

/// The body's response, with the status and header fields of `head`.
///
/// A body whose own conversion failed (an `Err` status, or a 5xx) is passed on unchanged, to
/// Rocket's catchers: its error says more than our status would.
pub fn respond<'r, 'o: 'r, B: Body<'r, 'o>>(head: Head, body: B, request: &'r Request<'_>) -> Result<'o> {
    let response = body.respond_to(request)?;
    if response.status().class().is_server_error() {
        return Ok(response);
    }
    finish(head, response, request)
}

/// A response with no body.
pub fn respond_empty<'r, 'o: 'r>(head: Head, request: &'r Request<'_>) -> Result<'o> {
    finish(head, Response::new(), request)
}

fn finish<'r, 'o: 'r>(head: Head, mut response: Response<'o>, request: &'r Request<'_>) -> Result<'o> {
    let code = head.status.code();
    if let Err(invalid) = head.check() {
        return refuse(code, &invalid, request);
    }
    response.set_status(Status::new(code));
    for (name, value) in head.fields {
        match text(value.into_owned()) {
            Some(value) => response.adjoin_header(Header::new(name, value)),
            None => return refuse(code, &InvalidFieldValue::unsendable(name), request),
        }
    }
    Ok(response)
}

/// The value as header text: visible ASCII, spaces, tabs and UTF-8 beyond ASCII (obs-text); no
/// line breaks or other control characters, which Rocket would otherwise send as they are.
fn text(value: alloc::vec::Vec<u8>) -> Option<String> {
    if value.iter().any(|byte| (*byte < 0x20 && *byte != b'\t') || *byte == 0x7f) {
        return None;
    }
    String::from_utf8(value).ok()
}

/// A 500 naming the field, also logged through `log` (Rocket's log), since the 500 alone tells
/// only the client.
fn refuse<'r, 'o: 'r>(code: u16, invalid: &InvalidFieldValue, request: &'r Request<'_>) -> Result<'o> {
    log::error!(target: "status_atlas::response", "a derived {code} response cannot be sent as written ({invalid}); answering 500 instead");
    let mut response = invalid.to_string().respond_to(request)?;
    response.set_status(Status::InternalServerError);
    Ok(response)
}
