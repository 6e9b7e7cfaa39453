//! The ecosystems whose names for status codes the dataset records.

use core::fmt;

/// A language, framework or library with its own names for status codes.
///
/// [`Status::alias`](crate::Status::alias) gives a status's current name in one of them, written
/// as code in that ecosystem; [`Status::from_alias`](crate::Status::from_alias) goes back.
///
/// ```
/// use status_atlas::{Ecosystem, Status};
/// assert_eq!(Status::NO_CONTENT.alias(Ecosystem::Go), Some("http.StatusNoContent"));
/// assert_eq!(Status::from_alias(Ecosystem::Rails, ":no_content"), Some(Status::NO_CONTENT));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ecosystem {
    /// Ruby on Rails and Rack: symbols such as `:no_content` (Rack's `SYMBOL_TO_STATUS_CODE`).
    Rails,
    /// Go's `net/http` constants, such as `http.StatusNoContent`.
    Go,
    /// Symfony's `Response` constants, such as `Response::HTTP_NO_CONTENT`.
    Symfony,
    /// Python 2's `httplib` module constants, such as `httplib.NO_CONTENT`.
    Python2,
    /// Python 3's `http.client` module constants, such as `http.client.NO_CONTENT`.
    Python3,
    /// Python 3.5+'s `http.HTTPStatus` enum members, such as `http.HTTPStatus.NO_CONTENT`.
    PythonHttpStatus,
    /// The Rust `http` crate's `StatusCode` consts, such as `StatusCode::NO_CONTENT`.
    RustHttp,
    /// Node's `statuses` package (used by Express and Koa): messages such as `No Content`.
    Node,
    /// .NET's `System.Net.HttpStatusCode` enum members, such as `HttpStatusCode.NoContent`.
    DotNet,
    /// Java's `java.net.HttpURLConnection` constants, such as `HttpURLConnection.HTTP_NO_CONTENT`.
    Java,
}

impl Ecosystem {
    /// Every ecosystem, in declaration order.
    pub const ALL: [Ecosystem; 10] = [
        Ecosystem::Rails,
        Ecosystem::Go,
        Ecosystem::Symfony,
        Ecosystem::Python2,
        Ecosystem::Python3,
        Ecosystem::PythonHttpStatus,
        Ecosystem::RustHttp,
        Ecosystem::Node,
        Ecosystem::DotNet,
        Ecosystem::Java,
    ];

    /// A stable lower-case key, used in `data/` and in exports: `rails`, `python_httpstatus`...
    pub const fn key(self) -> &'static str {
        match self {
            Ecosystem::Rails => "rails",
            Ecosystem::Go => "go",
            Ecosystem::Symfony => "symfony",
            Ecosystem::Python2 => "python2",
            Ecosystem::Python3 => "python3",
            Ecosystem::PythonHttpStatus => "python_httpstatus",
            Ecosystem::RustHttp => "rust_http",
            Ecosystem::Node => "node",
            Ecosystem::DotNet => "dotnet",
            Ecosystem::Java => "java",
        }
    }

    /// The ecosystem from its [`key`](Ecosystem::key).
    pub fn from_key(key: &str) -> Option<Ecosystem> {
        Ecosystem::ALL.into_iter().find(|ecosystem| ecosystem.key() == key)
    }

    /// A name for people: "Rails", "Python 3.5+ http.HTTPStatus"...
    pub const fn name(self) -> &'static str {
        match self {
            Ecosystem::Rails => "Rails",
            Ecosystem::Go => "Go",
            Ecosystem::Symfony => "Symfony",
            Ecosystem::Python2 => "Python 2 httplib",
            Ecosystem::Python3 => "Python 3 http.client",
            Ecosystem::PythonHttpStatus => "Python 3.5+ http.HTTPStatus",
            Ecosystem::RustHttp => "Rust http",
            Ecosystem::Node => "Node statuses",
            Ecosystem::DotNet => ".NET",
            Ecosystem::Java => "Java",
        }
    }

    /// The qualifier the dataset writes before a bare name (`http.` for Go), which
    /// [`Alias::bare`](crate::Alias::bare) removes.
    pub const fn qualifier(self) -> &'static str {
        match self {
            Ecosystem::Rails => ":",
            Ecosystem::Go => "http.",
            Ecosystem::Symfony => "Response::",
            Ecosystem::Python2 => "httplib.",
            Ecosystem::Python3 => "http.client.",
            Ecosystem::PythonHttpStatus => "http.HTTPStatus.",
            Ecosystem::RustHttp => "StatusCode::",
            Ecosystem::Node => "",
            Ecosystem::DotNet => "HttpStatusCode.",
            Ecosystem::Java => "HttpURLConnection.",
        }
    }
}

impl fmt::Display for Ecosystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
