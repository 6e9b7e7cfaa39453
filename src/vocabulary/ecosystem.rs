//! The ecosystems whose names for status codes the dataset records: one row each.
//!
//! A row holds everything any part of the project needs to know about an ecosystem: its key in
//! `data/` and `#[status(key = "..")]`, its names for people, and how its names are spelled
//! (qualifier, other qualifiers, prefix and shape), which the build step checks the data against.
//! Adding an ecosystem is a row here plus its names in `data/`.

use core::fmt;

/// The shape of a name once its qualifier is removed; the build step checks names against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `no_content`, or a quoted symbol such as `"i'm_a_teapot"`
    RubySymbol,
    /// `NO_CONTENT`
    UpperSnake,
    /// `NoContent`
    Pascal,
    /// `No Content`: a reason phrase.
    Phrase,
}

/// One row of the table.
struct Row {
    key: &'static str,
    name: &'static str,
    short_name: &'static str,
    release: &'static str,
    qualifier: &'static str,
    other_qualifiers: &'static [&'static str],
    bare_prefix: &'static str,
    shape: Shape,
}

/// Defines [`Ecosystem`] and its table from one row per ecosystem.
macro_rules! ecosystems {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $key:ident { name: $name:literal, qualifier: $qualifier:literal, $($field:ident: $value:expr),+ $(,)? }
    )+) => {
        /// A language, framework or library with its own names for status codes.
        ///
        /// [`Status::alias`](crate::Status::alias) gives a status's current name in one of them,
        /// written as code in that ecosystem; [`Status::from_alias`](crate::Status::from_alias)
        /// goes back.
        ///
        /// ```
        /// use status_atlas::{Ecosystem, Status};
        /// assert_eq!(Status::NO_CONTENT.alias(Ecosystem::Go), Some("http.StatusNoContent"));
        /// assert_eq!(Status::from_alias(Ecosystem::Rails, ":no_content"), Some(Status::NO_CONTENT));
        /// ```
        ///
        /// Each ecosystem has a [`key`](Ecosystem::key), as `data/`, the exports and
        /// `#[status(key = "..")]` write it:
        ///
        /// | key | ecosystem |
        /// |---|---|
        $( #[doc = concat!("| `", stringify!($key), "` | ", $name, " |")] )+
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Ecosystem {
            $( $(#[$doc])* $variant, )+
        }

        impl Ecosystem {
            /// Every ecosystem, in declaration order.
            pub const ALL: [Ecosystem; [$(stringify!($key)),+].len()] = [$(Ecosystem::$variant),+];
        }

        const ROWS: [Row; Ecosystem::ALL.len()] = [$( Row { key: stringify!($key), name: $name, qualifier: $qualifier, $($field: $value),+ } ),+];
    };
}

ecosystems! {
    /// Ruby on Rails and Rack: symbols such as `:no_content` (Rack's `SYMBOL_TO_STATUS_CODE`).
    Rails = rails {
        name: "Rails",
        qualifier: ":",
        short_name: "Rails",
        release: "Rack",
        other_qualifiers: &[],
        bare_prefix: "",
        shape: Shape::RubySymbol,
    }
    /// Go's `net/http` constants, such as `http.StatusNoContent`.
    Go = go {
        name: "Go",
        qualifier: "http.",
        short_name: "Go",
        release: "Go",
        other_qualifiers: &["net/http."],
        bare_prefix: "Status",
        shape: Shape::Pascal,
    }
    /// Symfony's `Response` constants, such as `Response::HTTP_NO_CONTENT`.
    Symfony = symfony {
        name: "Symfony",
        qualifier: "Response::",
        short_name: "Symfony",
        release: "Symfony",
        other_qualifiers: &["\\Symfony\\Component\\HttpFoundation\\Response::", "Symfony\\Component\\HttpFoundation\\Response::"],
        bare_prefix: "HTTP_",
        shape: Shape::UpperSnake,
    }
    /// Python 2's `httplib` module constants, such as `httplib.NO_CONTENT`.
    Python2 = python2 {
        name: "Python 2 httplib",
        qualifier: "httplib.",
        short_name: "Python 2 httplib",
        release: "Python",
        other_qualifiers: &[],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    }
    /// Python 3's `http.client` module constants, such as `http.client.NO_CONTENT`.
    Python3 = python3 {
        name: "Python 3 http.client",
        qualifier: "http.client.",
        short_name: "Python http.client",
        release: "Python",
        other_qualifiers: &["client."],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    }
    /// Python 3.5+'s `http.HTTPStatus` enum members, such as `http.HTTPStatus.NO_CONTENT`.
    PythonHttpStatus = python_httpstatus {
        name: "Python 3.5+ http.HTTPStatus",
        qualifier: "http.HTTPStatus.",
        short_name: "Python HTTPStatus",
        release: "Python",
        other_qualifiers: &["HTTPStatus."],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    }
    /// The Rust `http` crate's `StatusCode` consts, such as `StatusCode::NO_CONTENT`.
    RustHttp = rust_http {
        name: "Rust http",
        qualifier: "StatusCode::",
        short_name: "Rust http",
        release: "http",
        other_qualifiers: &["http::StatusCode::", "::http::StatusCode::"],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    }
    /// Node's `statuses` package (used by Express and Koa): messages such as `No Content`.
    Node = node {
        name: "Node statuses",
        qualifier: "",
        short_name: "Node statuses",
        release: "statuses",
        other_qualifiers: &[],
        bare_prefix: "",
        shape: Shape::Phrase,
    }
    /// .NET's `System.Net.HttpStatusCode` enum members, such as `HttpStatusCode.NoContent`.
    DotNet = dotnet {
        name: ".NET",
        qualifier: "HttpStatusCode.",
        short_name: ".NET",
        release: ".NET",
        other_qualifiers: &["System.Net.HttpStatusCode."],
        bare_prefix: "",
        shape: Shape::Pascal,
    }
    /// Java's `java.net.HttpURLConnection` constants, such as `HttpURLConnection.HTTP_NO_CONTENT`.
    Java = java {
        name: "Java",
        qualifier: "HttpURLConnection.",
        short_name: "Java",
        release: "Java",
        other_qualifiers: &["java.net.HttpURLConnection."],
        bare_prefix: "HTTP_",
        shape: Shape::UpperSnake,
    }
    /// Spring Framework's `org.springframework.http.HttpStatus` enum constants, such as
    /// `HttpStatus.NO_CONTENT` (`@Deprecated` constants are deprecated names).
    Spring = spring {
        name: "Spring Framework",
        qualifier: "HttpStatus.",
        short_name: "Spring",
        release: "Spring Framework",
        other_qualifiers: &["org.springframework.http.HttpStatus."],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    }
    /// Starlette's `starlette.status` constants, which FastAPI re-exports as `fastapi.status`,
    /// such as `status.HTTP_204_NO_CONTENT`.
    Starlette = starlette {
        name: "Starlette (FastAPI)",
        qualifier: "status.",
        short_name: "Starlette/FastAPI",
        release: "Starlette",
        other_qualifiers: &["starlette.status.", "fastapi.status."],
        bare_prefix: "HTTP_",
        shape: Shape::UpperSnake,
    }
    /// Django REST framework's `rest_framework.status` constants, such as
    /// `status.HTTP_204_NO_CONTENT`.
    Drf = drf {
        name: "Django REST framework",
        qualifier: "status.",
        short_name: "Django REST",
        release: "Django REST framework",
        other_qualifiers: &["rest_framework.status."],
        bare_prefix: "HTTP_",
        shape: Shape::UpperSnake,
    }
    /// The npm package `http-status-codes`: `StatusCodes` enum members such as
    /// `StatusCodes.NO_CONTENT`. Its 1.x API's top-level constants (`NO_CONTENT`), deprecated since
    /// 2.0.0, have the same names, and lookups accept them bare.
    HttpStatusCodes = http_status_codes {
        name: "npm http-status-codes",
        qualifier: "StatusCodes.",
        short_name: "http-status-codes",
        release: "http-status-codes",
        other_qualifiers: &["HttpStatus.StatusCodes."],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    }
    /// Ruby's `Net::HTTP` response classes, such as `Net::HTTPNoContent`
    /// (`Net::HTTPResponse::CODE_TO_OBJ`).
    NetHttp = net_http {
        name: "Ruby Net::HTTP",
        qualifier: "Net::",
        short_name: "Ruby Net::HTTP",
        release: "Ruby",
        other_qualifiers: &["::Net::"],
        bare_prefix: "HTTP",
        shape: Shape::Pascal,
    }
    /// Elixir Plug's `Plug.Conn.Status` atoms (used by Phoenix), such as `:no_content`.
    Plug = plug {
        name: "Elixir Plug",
        qualifier: ":",
        short_name: "Plug",
        release: "Plug",
        other_qualifiers: &[],
        bare_prefix: "",
        shape: Shape::RubySymbol,
    }
    /// Ktor's `io.ktor.http.HttpStatusCode` companion values, such as `HttpStatusCode.NoContent`.
    /// .NET writes the same qualifier, and most of the names agree with its members.
    Ktor = ktor {
        name: "Ktor",
        qualifier: "HttpStatusCode.",
        short_name: "Ktor",
        release: "Ktor",
        other_qualifiers: &["io.ktor.http.HttpStatusCode."],
        bare_prefix: "",
        shape: Shape::Pascal,
    }
}

impl Ecosystem {
    const fn row(self) -> &'static Row {
        &ROWS[self as usize]
    }

    /// A stable lower-case key, used in `data/`, in exports and by `#[status(key = "..")]`:
    /// `rails`, `python_httpstatus`...
    pub const fn key(self) -> &'static str {
        self.row().key
    }

    /// The ecosystem from its [`key`](Ecosystem::key).
    pub fn from_key(key: &str) -> Option<Ecosystem> {
        Ecosystem::ALL.into_iter().find(|ecosystem| ecosystem.key() == key)
    }

    /// A name for people: "Rails", "Python 3.5+ http.HTTPStatus"...
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// A name of at most 19 characters, for narrow columns: `Python HTTPStatus`.
    pub const fn short_name(self) -> &'static str {
        self.row().short_name
    }

    /// What the ecosystem's release numbers are releases of, as in "since Rack 3.1" or "since
    /// Python 3.13": `Rack`, `Python`, `http`...
    pub const fn release_name(self) -> &'static str {
        self.row().release
    }

    /// The qualifier the dataset writes before a bare name (`http.` for Go), which
    /// [`Alias::bare`](crate::Alias::bare) removes.
    pub const fn qualifier(self) -> &'static str {
        self.row().qualifier
    }

    /// Other qualifiers that users write for the same names, such as `net/http.` for Go; lookups
    /// accept them too.
    pub const fn other_qualifiers(self) -> &'static [&'static str] {
        self.row().other_qualifiers
    }

    /// The prefix every bare name starts with (`Status` for Go, `HTTP_` for Java and Symfony).
    #[allow(dead_code)] // Read by the build step, which checks the data's names.
    pub(crate) const fn bare_prefix(self) -> &'static str {
        self.row().bare_prefix
    }

    /// The shape of a bare name.
    #[allow(dead_code)] // Read by the build step, which checks the data's names.
    pub(crate) const fn shape(self) -> Shape {
        self.row().shape
    }
}

impl fmt::Display for Ecosystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
