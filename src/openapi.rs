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
/// ```ignore
/// #[derive(utoipa::OpenApi)]
/// #[openapi(paths(get_user), modifiers(&SchemasOf::<Result<GetUser, ApiError>>::new()))]
/// struct Api;
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
