//! Header fields of derived responses: what a `#[header(..)]` field may hold ([`FieldValue`]) and
//! the error for a value that cannot be sent ([`InvalidFieldValue`]).

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use core::time::Duration;

use crate::Status;

/// A value a `#[header(..)]` field of a [`TypedResponse`](crate::TypedResponse) can hold.
///
/// Strings and bytes are sent as they are, integers in decimal, a [`Duration`] as whole seconds
/// (for `Retry-After` and `Age`), a [`SystemTime`](std::time::SystemTime) as an HTTP-date (for
/// `Date`, `Last-Modified`, `Expires`), a list of methods joined with `", "` (for `Allow`), and
/// `None` leaves the field out. Floating-point numbers have no impl: no header field takes them.
///
/// ```
/// use status_atlas::FieldValue;
///
/// assert_eq!("GET, HEAD".into_field_value().as_deref(), Some(&b"GET, HEAD"[..]));
/// assert_eq!(std::time::Duration::from_secs(120).into_field_value().as_deref(), Some(&b"120"[..]));
/// assert_eq!(None::<String>.into_field_value(), None);
/// let modified = std::time::UNIX_EPOCH + std::time::Duration::from_secs(784_111_777);
/// assert_eq!(modified.into_field_value().as_deref(), Some(&b"Sun, 06 Nov 1994 08:49:37 GMT"[..]));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the value of a `#[header(..)]` field: it does not implement `FieldValue`",
    label = "not a `FieldValue`",
    note = "`status_atlas::FieldValue` is implemented for strings (`&'static str`, `String`, `Cow<'static, str>`), bytes, integers, `Duration` (whole seconds), `SystemTime` (an HTTP-date), method lists, header values, and `Option` of any of these",
    note = "for a type of your own, such as a newtype around a `String`, implement `FieldValue` for it or convert it to one of these"
)]
pub trait FieldValue {
    /// The bytes to send as the field's value, or `None` to leave the field out.
    fn into_field_value(self) -> Option<Cow<'static, [u8]>>;
}

impl FieldValue for &'static str {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(Cow::Borrowed(self.as_bytes()))
    }
}

impl FieldValue for String {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(Cow::Owned(self.into_bytes()))
    }
}

impl FieldValue for Cow<'static, str> {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        match self {
            Cow::Borrowed(text) => text.into_field_value(),
            Cow::Owned(text) => text.into_field_value(),
        }
    }
}

impl FieldValue for &'static [u8] {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(Cow::Borrowed(self))
    }
}

impl FieldValue for Vec<u8> {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(Cow::Owned(self))
    }
}

impl<T: FieldValue> FieldValue for Option<T> {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        self.and_then(FieldValue::into_field_value)
    }
}

macro_rules! decimal {
    ($($ty:ty),*) => {$(
        impl FieldValue for $ty {
            fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
                Some(Cow::Owned(self.to_string().into_bytes()))
            }
        }
    )*};
}
decimal!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize);

impl FieldValue for Duration {
    /// Whole seconds, as `Retry-After` and `Age` take them; a fraction is dropped.
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        self.as_secs().into_field_value()
    }
}

impl FieldValue for std::time::SystemTime {
    /// An HTTP-date (RFC 9110 §5.6.7), such as `Sun, 06 Nov 1994 08:49:37 GMT`, as `Date`,
    /// `Last-Modified` and `Expires` take it, written by `httpdate`; a fraction of a second is
    /// dropped. `httpdate` writes the years 1970 to 9999: a time before 1970 is sent as the
    /// epoch and one after 9999 as its last second, which keeps "long past" and "far off".
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        let since_epoch = self.duration_since(std::time::UNIX_EPOCH).unwrap_or(Duration::ZERO).min(LAST_HTTP_DATE);
        Some(Cow::Owned(httpdate::fmt_http_date(std::time::UNIX_EPOCH + since_epoch).into_bytes()))
    }
}

/// 9999-12-31 23:59:59 UTC, in seconds since the epoch: the last time `httpdate` can write.
const LAST_HTTP_DATE: Duration = Duration::from_secs(253_402_300_799);

/// Joins method names with `", "`, as `Allow` lists them; an empty list is an empty value.
fn method_list<'a>(methods: impl Iterator<Item = &'a str>) -> Cow<'static, [u8]> {
    Cow::Owned(methods.collect::<Vec<_>>().join(", ").into_bytes())
}

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl FieldValue for http::HeaderValue {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(Cow::Owned(self.as_bytes().to_vec()))
    }
}

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl FieldValue for Vec<http::Method> {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(method_list(self.iter().map(http::Method::as_str)))
    }
}

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl FieldValue for &'static [http::Method] {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(method_list(self.iter().map(http::Method::as_str)))
    }
}

#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
impl FieldValue for actix_web::http::header::HeaderValue {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(Cow::Owned(self.as_bytes().to_vec()))
    }
}

#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
impl FieldValue for Vec<actix_web::http::Method> {
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        Some(method_list(self.iter().map(actix_web::http::Method::as_str)))
    }
}

/// A `#[header(..)]` field held a value that cannot be sent: a line break, another control
/// character, or (for a `#[header("..")]` name) a name the framework rejects; or an empty value
/// for a field every response with its status must carry (`WWW-Authenticate` on a 401).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidFieldValue {
    pub(crate) field: &'static str,
    pub(crate) problem: Problem,
}

/// Why a field value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A byte or name the framework refuses.
    Unsendable,
    /// Empty, where the status requires a value.
    Empty(Status),
}

impl InvalidFieldValue {
    pub(crate) fn unsendable(field: &'static str) -> InvalidFieldValue {
        InvalidFieldValue { field, problem: Problem::Unsendable }
    }

    pub(crate) fn empty(field: &'static str, status: Status) -> InvalidFieldValue {
        InvalidFieldValue { field, problem: Problem::Empty(status) }
    }

    /// The header field, lower-cased.
    pub fn field(&self) -> &'static str {
        self.field
    }
}

impl fmt::Display for InvalidFieldValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.problem {
            Problem::Unsendable => {
                write!(f, "the value for header field `{}` cannot be sent: it holds a line break or another control character", self.field)
            }
            Problem::Empty(status) => {
                write!(f, "the value for header field `{}` is empty, but every `{status}` response must carry one", self.field)
            }
        }
    }
}

impl core::error::Error for InvalidFieldValue {}

#[cfg(test)]
mod tests {
    use alloc::string::String;
    use core::time::Duration;
    use std::time::{SystemTime, UNIX_EPOCH};

    use super::FieldValue;

    fn date(time: SystemTime) -> String {
        String::from_utf8(time.into_field_value().unwrap().into_owned()).unwrap()
    }

    fn seconds(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn http_dates() {
        // RFC 9110 §5.6.7's own example, the epoch, a leap day, the 32-bit rollover, a century
        // that is not a leap year, and a fraction of a second, which is dropped.
        assert_eq!(date(seconds(784_111_777)), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(date(UNIX_EPOCH), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(date(seconds(951_782_400)), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(date(seconds(2_147_483_648)), "Tue, 19 Jan 2038 03:14:08 GMT");
        assert_eq!(date(seconds(4_107_542_400)), "Mon, 01 Mar 2100 00:00:00 GMT");
        assert_eq!(date(seconds(784_111_777) + Duration::from_millis(999)), "Sun, 06 Nov 1994 08:49:37 GMT");
    }

    /// `httpdate` panics outside 1970 to 9999; such times are sent as the nearest it can write.
    #[test]
    fn times_httpdate_cannot_write_are_clamped_not_a_panic() {
        assert_eq!(date(UNIX_EPOCH - Duration::from_secs(1)), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(date(UNIX_EPOCH - Duration::from_secs(86_400 * 365 * 300)), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(date(seconds(253_402_300_799)), "Fri, 31 Dec 9999 23:59:59 GMT");
        assert_eq!(date(seconds(253_402_300_800)), "Fri, 31 Dec 9999 23:59:59 GMT");
        assert_eq!(date(seconds(400 * 253_402_300_800)), "Fri, 31 Dec 9999 23:59:59 GMT");
    }
}
