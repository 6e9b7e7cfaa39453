//! With the `utoipa` feature: the component schemas a derived response's bodies reach, and a
//! [`utoipa::Modify`] that adds them to a document.

use alloc::string::String;
use alloc::vec::Vec;
use core::marker::PhantomData;

use utoipa::openapi::schema::Schema;
use utoipa::openapi::{Components, OpenApi, RefOr};

/// The named schemas a response type's bodies refer to with `$ref`, and those they reach.
///
/// Derived with [`TypedResponse`](crate::TypedResponse) under the `utoipa` feature: a body of
/// type `Json<T>` refers to `T`'s schema, and `T` (with what it reaches) is listed here.
/// utoipa does not collect schemas from `IntoResponses` types by itself, so add them to the
/// document with [`SchemasOf`].
pub trait ResponseSchemas {
    /// Pushes `(name, schema)` pairs, as [`utoipa::ToSchema::schemas`] does.
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>);
}

/// A handler returning `Result<T, E>` answers with the schemas of both.
impl<T: ResponseSchemas, E: ResponseSchemas> ResponseSchemas for Result<T, E> {
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        T::schemas(schemas);
        E::schemas(schemas);
    }
}

/// A [`utoipa::Modify`] that adds `T`'s [`ResponseSchemas`] to the document's components.
///
/// utoipa's `modifiers(..)` takes names, so the modifier is a const. For a handler returning
/// `Result<GetUser, ApiError>`, use `SchemasOf<Result<GetUser, ApiError>>`.
///
/// ```
/// use status_atlas::{SchemasOf, TypedResponse};
/// use utoipa::{OpenApi, ToSchema};
///
/// #[derive(ToSchema)]
/// struct User {
///     name: String,
/// }
///
/// #[derive(TypedResponse)]
/// enum GetUser {
///     #[status(OK)]
///     Found(#[body(schema = User)] String),
///     #[status(NOT_FOUND)]
///     Missing,
/// }
///
/// #[utoipa::path(get, path = "/users/{id}", responses(GetUser))]
/// fn get_user() {}
///
/// const GET_USER: SchemasOf<GetUser> = SchemasOf::new();
///
/// #[derive(OpenApi)]
/// #[openapi(paths(get_user), modifiers(&GET_USER))]
/// struct Api;
///
/// let document = Api::openapi();
/// assert!(document.components.expect("components").schemas.contains_key("User"));
/// ```
pub struct SchemasOf<T: ?Sized>(PhantomData<fn() -> T>);

impl<T: ?Sized> SchemasOf<T> {
    /// The modifier; it holds nothing.
    pub const fn new() -> SchemasOf<T> {
        SchemasOf(PhantomData)
    }
}

impl<T: ?Sized> Default for SchemasOf<T> {
    fn default() -> SchemasOf<T> {
        SchemasOf::new()
    }
}

impl<T: ResponseSchemas + ?Sized> utoipa::Modify for SchemasOf<T> {
    fn modify(&self, openapi: &mut OpenApi) {
        let mut schemas = Vec::new();
        T::schemas(&mut schemas);
        openapi.components.get_or_insert_with(Components::new).schemas.extend(schemas);
    }
}
