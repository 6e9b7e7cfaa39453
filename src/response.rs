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
    /// `Last-Modified` and `Expires` take it; a fraction of a second is dropped.
    fn into_field_value(self) -> Option<Cow<'static, [u8]>> {
        let seconds = match self.duration_since(std::time::UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            // Before 1970: round down, so 0.5 s before the epoch is 23:59:59.
            Err(before) => {
                let before = before.duration();
                let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
                -whole - i64::from(before.subsec_nanos() > 0)
            }
        };
        Some(Cow::Owned(crate::http_date::format(seconds).into_bytes()))
    }
}

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
