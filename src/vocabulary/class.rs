//! The five classes of status codes (RFC 9110 section 15).

use core::fmt;

keyed_enum! {
    /// The class of a status code, given by its first digit.
    ///
    /// ```
    /// use status_atlas::{Class, Status};
    /// assert_eq!(Status::NOT_FOUND.class(), Class::ClientError);
    /// assert_eq!(Class::from_code(503), Some(Class::ServerError));
    /// ```
    pub enum Class {
        /// 1xx: the request was received and processing continues; an interim response.
        Informational = "informational",
        /// 2xx: the request was received, understood and accepted.
        Success = "success",
        /// 3xx: the client has to take further action to complete the request.
        Redirection = "redirection",
        /// 4xx: the request is at fault.
        ClientError = "client_error",
        /// 5xx: the server failed to fulfil an apparently valid request.
        ServerError = "server_error",
    }
}

impl Class {
    /// The class of any code from 100 to 599, registered or not.
    pub const fn from_code(code: u16) -> Option<Class> {
        match code {
            100..=199 => Some(Class::Informational),
            200..=299 => Some(Class::Success),
            300..=399 => Some(Class::Redirection),
            400..=499 => Some(Class::ClientError),
            500..=599 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The first digit of every code in the class: 1 to 5.
    pub const fn digit(self) -> u16 {
        self as u16 + 1
    }

    /// The codes the class spans, such as `400..=499`.
    pub const fn codes(self) -> core::ops::RangeInclusive<u16> {
        let first = self.digit() * 100;
        first..=first + 99
    }

    /// The class's name as RFC 9110 titles it: "Informational", "Client Error"...
    pub const fn name(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
