//! With the `http` feature: conversions between [`Status`] and [`http::StatusCode`].

use crate::{ParseStatusError, Status};

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<Status> for http::StatusCode {
    /// Every status in the dataset is a valid `http::StatusCode` (100 to 599).
    fn from(status: Status) -> http::StatusCode {
        match http::StatusCode::from_u16(status.code()) {
            Ok(code) => code,
            Err(_) => unreachable!("the dataset holds codes from 100 to 599 only"),
        }
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl TryFrom<http::StatusCode> for Status {
    type Error = ParseStatusError;

    /// Fails for codes the dataset does not have (`http` accepts any code from 100 to 999).
    fn try_from(code: http::StatusCode) -> Result<Status, ParseStatusError> {
        Status::try_from(code.as_u16())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl PartialEq<http::StatusCode> for Status {
    fn eq(&self, other: &http::StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl PartialEq<Status> for http::StatusCode {
    fn eq(&self, other: &Status) -> bool {
        self.as_u16() == other.code()
    }
}
