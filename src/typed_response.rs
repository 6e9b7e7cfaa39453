//! [`TypedResponse`]: a handler's response type whose variants each stand for one status.

use crate::Status;

/// A response type whose every value has one [`Status`], known at compile time.
///
/// Derive it (feature `derive`) on an enum with a `#[status(..)]` on each variant, or on a struct
/// with one `#[status(..)]`. The derive checks each status against the dataset while your crate
/// compiles: a code the dataset lacks, a body on a status that never carries one (1xx, 204, 205,
/// 304), an interim 1xx status, or a status whose specification requires a header field
/// (`Allow` on 405, `WWW-Authenticate` on 401, `Proxy-Authenticate` on 407, `Upgrade` on 426)
/// without a `#[header(..)]` field to carry it, or with an `Option` field for it (`None` would
/// leave it out), are compile errors at your tokens. The errors name the response they are
/// about: "evaluation of `_::status_of_NotFound` failed here".
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
///         /// The methods `/users/{id}` takes.
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
///   [`Ecosystem::key`](crate::Ecosystem::key)s, listed on [`Ecosystem`](crate::Ecosystem). A key
///   that is none of them is an error at the key that lists them all and names the closest
///   (`golang`: did you mean `go`?); a name the ecosystem lacks is an error at the name with the
///   closest name of that ecosystem, found as [`Status::suggestions`] finds it
///   (`rails = "unprocesable_entity"`: did you mean `unprocessable_entity` (422 Unprocessable
///   Content)?).
///
/// Reason phrases are not accepted: a const name says the same thing, and rustc checks it.
///
/// A crate that re-exports status-atlas under another path tells the derive where it is with
/// `#[status_atlas(crate = "my_framework::status_atlas")]` on the type.
///
/// Fields: a field marked `#[header(NAME)]` (a header field the dataset knows, such as `ALLOW`
/// or `RETRY_AFTER`) or `#[header("x-request-id")]` (any other) carries that header field; its
/// type must implement `FieldValue` (strings, bytes, integers, `Duration` as seconds,
/// `SystemTime` as an HTTP-date, method lists, `Option` of these), or the build fails at the
/// field's type. At most one other field is the body; a field of type `()` or `PhantomData<..>`
/// is neither. `#[body(content_type = "..", schema = Type)]` on the body field describes it for
/// OpenAPI (see below).
///
/// # Frameworks
///
/// With the `axum` and `actix-web` features the derived type is a response there
/// (`IntoResponse`, `Responder`): the body field is converted as the framework converts it, then
/// the variant's status and `#[header(..)]` fields are applied. A body type the framework cannot
/// send is a compile error at the field when one of the two features is on (with both on, a
/// body may be meant for either, and the impl it does not fit is left out instead). A variant
/// without a body sends none, so a 204 or 304 goes out with no content and no `Content-Length`.
/// Two cases keep another status: a body whose own conversion fails with a 5xx (such as `Json`
/// failing to serialize) is sent as the framework made it, and a header value that cannot be
/// sent gives a 500 naming the field. A value cannot be sent when it holds a line break or
/// another control character, or when it is empty in a field the status requires
/// (`WWW-Authenticate` on a 401 needs a challenge); an empty `Allow` on a 405 is sent, as
/// RFC 9110 §10.2.1 allows (the resource takes no method at the moment).
///
/// With `poem`, the derived type is a `poem::IntoResponse` in the same way (poem's `web::Json<T>`,
/// strings, bytes, poem-openapi's payloads...); a header value that cannot be sent is also logged
/// through `tracing` (an `ERROR` event with the target `status_atlas::response`), since the 500
/// alone tells only the client.
///
/// With `rocket`, the derived type is a Rocket 0.5 `Responder` in the same way (`String`,
/// `rocket::serde::json::Json<T>`...); a body whose `Responder` fails is passed on to Rocket's
/// catchers, and a header value that cannot be sent is also logged through `log` (Rocket's log)
/// at `ERROR`. Rocket's server itself writes `Content-Length: 0` on a 204 or 304 without content.
///
/// With `salvo`, the derived type is a salvo `Scribe` (so a `Writer`, which handlers return): the
/// body renders as salvo renders it (`salvo::writing::Json<T>`, strings...), then the status and
/// header fields are applied; a variant without a body sends none, even on an error status, where
/// salvo's catcher would otherwise write its error page. A header value that cannot be sent is
/// also logged through `tracing`, as for poem.
///
/// With `http`, `http::Response<B>: TryFrom<T>` for any `B` that every body converts into
/// (`B: From<Body> + Default`), failing with `InvalidFieldValue`
/// in the same two cases.
///
/// # OpenAPI
///
/// With `utoipa`, `utoipa::IntoResponses` lists one OpenAPI response per distinct status,
/// described by the variants' doc comments or, without them, the dataset. For a struct, the
/// response is described by the struct's own doc comment: the `///` lines above
/// `#[derive(TypedResponse)]` are the text API readers see, so write them for them (or leave them
/// out to get the dataset's reason phrase and summary). Each header field is described by its
/// field's doc comment, or the dataset's note for that status, and typed from its Rust type:
/// integers as `integer` (`minimum: 0` for unsigned ones), a `Duration` as `integer` seconds
/// (`minimum: 0`), a `SystemTime` as a `string` HTTP-date, anything else as `string`. The body
/// becomes the response's content:
///
/// - `Json<T>` (axum's or actix-web's): `application/json` with a `$ref` to `T`'s schema
///   (`T: utoipa::ToSchema`); `Json<Vec<T>>` is an array of `$ref`s, and a generic `Page<T>` is
///   named as utoipa names it, `Page_User`.
/// - `String`, `&str`, `Cow<str>`: `text/plain`, as utoipa writes it. Bytes:
///   `application/octet-stream`.
/// - no body: no content.
/// - anything else, such as `Html<String>` or a type of your own: no content, unless the field
///   says what it is with `#[body(content_type = "text/html")]`, `#[body(schema = Invoice)]`
///   (`application/json`) or both.
///
/// utoipa does not collect schemas from `IntoResponses` types, so the derive also implements
/// `ResponseSchemas`: add a `SchemasOf` modifier
/// to the document and every schema the bodies reach lands in `components.schemas`.
///
/// With `aide`, the derived type is an `aide::OperationOutput` for axum apps documented with aide:
/// `inferred_responses` lists one response per distinct status, described and with header fields
/// as above, and `operation_response` gives the response of a type with a single status. A body
/// is described by its own type's `OperationOutput` (axum's `Json<T>` refers to `T`'s
/// `schemars::JsonSchema` schema, which aide puts in components), so a body type aide cannot
/// describe is an error at the field; `#[body(content_type = "..", schema = T)]` declares it
/// instead, with `T: JsonSchema`. A handler returning `Result<GetUser, ApiError>` lists the
/// statuses of both.
///
/// With `poem-openapi`, the derived type is a `poem_openapi::ApiResponse`, so an `#[OpenApi]`
/// endpoint can return it and the service's document lists its statuses, described and with
/// header fields as above. A body is described by its poem-openapi `Payload` (`payload::Json<T>`
/// refers to `T`'s schema, which `register` adds to components; `PlainText<String>`, `Binary<T>`,
/// `Html<T>`...), so with this feature on every derived type's body must be a payload, an error at
/// the field otherwise; `#[body(content_type = "..", schema = T)]` declares it instead, with `T` a
/// poem-openapi type (`#[derive(Object)]`), and `#[body(content_type = "..")]` alone documents
/// any body under that media type. (With another framework on as well, an impl a type does not fit
/// is left out instead of failing, as for axum and actix-web.)
///
/// With `salvo-oapi`, the derived type is a `salvo_oapi::EndpointOutRegister`, so an
/// `#[endpoint]` returning it lists its statuses in the router's document, described and with
/// header fields as above; each body is described by its own `EndpointOutRegister` (salvo's
/// `Json<T>` refers to `T`'s `salvo_oapi::ToSchema` schema in components), or by
/// `#[body(content_type = "..", schema = T)]` with `T: ToSchema`. As with poem-openapi, with this
/// feature on alone every derived type's body must be one salvo-oapi describes.
///
/// ## Ok and Err types that share a status
///
/// A handler returning `Result<GetUser, ApiError>` lists both in `#[utoipa::path(responses(GetUser,
/// ApiError))]`. utoipa merges the two maps by status code, the later type's entry replacing
/// the earlier one's whole, so if both list 404 only `ApiError`'s description, headers and
/// content remain. Give each status one owner: keep the shared error statuses (404, 401, 429...)
/// in the error type only and let the Ok type list its successes, or, when a handler's 404 says
/// something of its own, answer with one enum for that handler and convert the shared errors into
/// it with `From`. Variants that share a status inside one type are merged by the derive
/// instead: their doc comments are joined, and two bodies of one media type become a `oneOf`.
///
/// ```
/// # #[cfg(feature = "derive")] {
/// use std::time::Duration;
///
/// use status_atlas::TypedResponse;
///
/// /// The errors handlers share own their statuses: `responses(GetUser, ApiError)`.
/// #[derive(TypedResponse)]
/// enum ApiError {
///     /// Nothing has this id.
///     #[status(NOT_FOUND)]
///     NotFound(String),
///     #[status(TOO_MANY_REQUESTS)]
///     Slow {
///         #[header(RETRY_AFTER)]
///         retry_after: Duration,
///     },
/// }
///
/// /// The Ok side lists successes only.
/// #[derive(TypedResponse)]
/// enum GetUser {
///     #[status(OK)]
///     Found(String),
/// }
///
/// /// A handler whose 404 says something of its own answers with one enum, `responses(DeleteUser)`,
/// /// and `?` converts the shared errors into it.
/// #[derive(TypedResponse)]
/// enum DeleteUser {
///     #[status(NO_CONTENT)]
///     Deleted,
///     /// No user has this id, or it was deleted already.
///     #[status(NOT_FOUND)]
///     NoUser(String),
///     #[status(TOO_MANY_REQUESTS)]
///     Slow {
///         #[header(RETRY_AFTER)]
///         retry_after: Duration,
///     },
/// }
///
/// impl From<ApiError> for DeleteUser {
///     fn from(error: ApiError) -> DeleteUser {
///         match error {
///             ApiError::NotFound(message) => DeleteUser::NoUser(message),
///             ApiError::Slow { retry_after } => DeleteUser::Slow { retry_after },
///         }
///     }
/// }
///
/// let shared = DeleteUser::from(ApiError::Slow { retry_after: Duration::from_secs(30) });
/// assert_eq!(shared.status(), ApiError::STATUSES[1]);
/// assert_eq!(GetUser::STATUSES.len() + ApiError::STATUSES.len(), 3, "no status listed twice");
/// # }
/// ```
pub trait TypedResponse {
    /// Every status a value can have, in declaration order; a status used by two variants is
    /// listed twice.
    const STATUSES: &'static [Status];

    /// The status of this value.
    fn status(&self) -> Status;
}
