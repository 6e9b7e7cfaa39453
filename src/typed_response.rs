//! [`TypedResponse`]: a handler's response type whose variants each stand for one status.

use crate::Status;

/// A response type whose every value has one [`Status`], known at compile time.
///
/// Derive it (feature `derive`) on an enum with a `#[status(..)]` on each variant, or on a struct
/// with one `#[status(..)]`. The derive checks each status against the dataset while your crate
/// compiles: a code the dataset lacks, a body on a status that never carries one (1xx, 204, 205,
/// 304), an interim 1xx status, or a status whose specification requires a header field
/// (`Allow` on 405, `WWW-Authenticate` on 401, `Proxy-Authenticate` on 407, `Upgrade` on 426)
/// without a `#[header(..)]` field to carry it, are compile errors at your tokens.
///
/// ```
/// # #[cfg(feature = "derive")] {
/// use status_atlas::{Status, TypedResponse};
///
/// #[derive(TypedResponse)]
/// enum DeleteUser {
///     /// The user is gone.
///     #[status(NO_CONTENT)]
///     Deleted,
///     #[status(404)]
///     NotFound(String),
///     #[status(rails = "conflict")]
///     Conflict { reason: String },
///     #[status(METHOD_NOT_ALLOWED)]
///     WrongMethod {
///         #[header(ALLOW)]
///         allow: &'static str,
///     },
/// }
///
/// assert_eq!(DeleteUser::Deleted.status(), Status::NO_CONTENT);
/// assert_eq!(
///     DeleteUser::STATUSES,
///     [Status::NO_CONTENT, Status::NOT_FOUND, Status::CONFLICT, Status::METHOD_NOT_ALLOWED]
/// );
/// # }
/// ```
///
/// # Attributes
///
/// - `#[status(NAME)]`: a [`Status`] const, such as `NO_CONTENT`; a misspelt name gets rustc's
///   "similar name" hint.
/// - `#[status(404)]`: a three-digit code the dataset has.
/// - `#[status(rails = "conflict")]`: a name from another ecosystem, as [`Status::from_alias`]
///   takes it (bare or qualified; legacy names too). The keys are the
///   [`Ecosystem::key`](crate::Ecosystem::key)s, listed on [`Ecosystem`](crate::Ecosystem).
///
/// Reason phrases are not accepted: a const name says the same thing, and rustc checks it.
///
/// A crate that re-exports status-atlas under another path tells the derive where it is with
/// `#[status_atlas(crate = "my_framework::status_atlas")]` on the type.
///
/// Fields: a field marked `#[header(NAME)]` (a header field the dataset knows, such as `ALLOW`
/// or `RETRY_AFTER`) or `#[header("x-request-id")]` (any other) carries that header field. At
/// most one other field is the body; a field of type `()` or `PhantomData<..>` is neither.
///
/// # Frameworks
///
/// With the `axum` and `actix-web` features the derived type is a response there
/// (`IntoResponse`, `Responder`): the body field is converted as the framework converts it, then
/// the variant's status and `#[header(..)]` fields are applied. A variant without a body sends
/// none, so a 204 or 304 goes out with no content and no `Content-Length`. Two cases keep another
/// status: a body whose own conversion fails with a 5xx (such as `Json` failing to serialize) is
/// sent as the framework made it, and a header value that cannot be sent (a line break) gives a
/// 500 naming the field. Header fields take any `FieldValue` (strings, numbers, method lists...).
///
/// With `http`, `http::Response<B>: TryFrom<T>` for any `B` that every body converts into
/// (`B: From<Body> + Default`). With `utoipa`, `utoipa::IntoResponses` lists one OpenAPI response
/// per distinct status, described by the variants' doc comments or, without them, the dataset.
pub trait TypedResponse {
    /// Every status a value can have, in declaration order; a status used by two variants is
    /// listed twice.
    const STATUSES: &'static [Status];

    /// The status of this value.
    fn status(&self) -> Status;
}
