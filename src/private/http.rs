//! The derive's `TryFrom<T> for http::Response<B>`.

pub use http::Response;

use super::Head;
use crate::InvalidFieldValue;

/// Sets the status and appends the header fields of `head` to `parts`.
pub(crate) fn apply(head: Head, status: &mut http::StatusCode, headers: &mut http::HeaderMap) -> Result<(), InvalidFieldValue> {
    head.check()?;
    *status = head.status.into();
    for (name, value) in head.fields {
        let invalid = InvalidFieldValue::unsendable(name);
        let name = http::HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid)?;
        let value = http::HeaderValue::from_bytes(&value).map_err(|_| invalid)?;
        headers.append(name, value);
    }
    Ok(())
}

/// The response for `head` with `body`.
pub fn respond<B>(head: Head, body: B) -> Result<Response<B>, InvalidFieldValue> {
    let mut response = Response::new(body);
    let (mut status, mut headers) = (http::StatusCode::OK, http::HeaderMap::new());
    apply(head, &mut status, &mut headers)?;
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    Ok(response)
}
