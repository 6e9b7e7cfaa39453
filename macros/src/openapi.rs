//! The OpenAPI side of the `utoipa` impls: the content of each response (media type and schema,
//! from the body field's type or its `#[body(..)]`), the schemas it reaches, and the type of
//! each header field.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Type;

use crate::ast::{Field, Input};
use crate::types::{self, BodyKind, HeaderKind, SchemaKind};

/// What a response's body contributes: the `Option<Body>` expression, the statements that push
/// the schemas it reaches into `schemas`, and the types asked for their `ToSchema` (a generic
/// one gets a bound).
pub(crate) struct Content<'a> {
    pub(crate) body: TokenStream,
    pub(crate) registrations: TokenStream,
    pub(crate) schema_types: Vec<&'a Type>,
}

pub(crate) fn content<'a>(input: &Input<'a>, body: Option<&'a Field<'a>>) -> Content<'a> {
    let krate = &input.krate;
    let mut content = Content { body: quote!(::core::option::Option::None), registrations: TokenStream::new(), schema_types: Vec::new() };
    let Some(field) = body else { return content };
    let explicit = field.body_doc.as_ref();
    let kind = types::body_kind(field.ty);
    let schema_type = explicit.and_then(|doc| doc.schema.as_ref()).or(match kind {
        BodyKind::Json(inner) => Some(inner),
        _ => None,
    });
    let content_type = match (explicit.and_then(|doc| doc.content_type.as_ref()), &kind) {
        (Some(literal), _) => quote!(#literal),
        (None, _) if schema_type.is_some() => quote!("application/json"),
        (None, BodyKind::Text) => quote!("text/plain"),
        (None, BodyKind::Bytes) => quote!("application/octet-stream"),
        // The fallback: a body the derive cannot describe is left out of the document.
        (None, _) => return content,
    };
    let schema = match (schema_type, &kind) {
        (Some(ty), _) => {
            let schema = schema(krate, ty, &mut content.schema_types);
            register(krate, ty, &mut content);
            quote!(::core::option::Option::Some(#schema))
        }
        (None, BodyKind::Text) => {
            quote!(::core::option::Option::Some(<#krate::__private::utoipa::String as #krate::__private::utoipa::PartialSchema>::schema()))
        }
        (None, _) => quote!(::core::option::Option::None),
    };
    content.body = quote! {
        ::core::option::Option::Some(#krate::__private::utoipa::Body { content_type: #content_type, schema: #schema })
    };
    content
}

/// The schema expression for `ty`: inline for strings, numbers and lists, a `$ref` otherwise.
fn schema<'a>(krate: &syn::Path, ty: &'a Type, used: &mut Vec<&'a Type>) -> TokenStream {
    match types::schema_kind(ty) {
        SchemaKind::Array(item) => {
            let item = schema(krate, item, used);
            quote!(#krate::__private::utoipa::array(#item))
        }
        SchemaKind::Transparent(inner) => schema(krate, inner, used),
        SchemaKind::Inline => {
            let ty = types::strip(ty);
            used.push(ty);
            quote!(<#ty as #krate::__private::utoipa::PartialSchema>::schema())
        }
        SchemaKind::Named => {
            let name = name(krate, ty, used);
            quote!(#krate::__private::utoipa::reference(#name))
        }
    }
}

/// Pushes the named schemas `ty` reaches, itself included, as `#[derive(ToSchema)]`'s
/// `schemas()` does for a field.
fn register<'a>(krate: &syn::Path, ty: &'a Type, content: &mut Content<'a>) {
    match types::schema_kind(ty) {
        SchemaKind::Array(inner) | SchemaKind::Transparent(inner) => register(krate, inner, content),
        SchemaKind::Inline => {
            let bare = types::strip(ty);
            content.registrations.extend(quote! { <#bare as #krate::__private::utoipa::ToSchema>::schemas(schemas); });
            content.schema_types.push(bare);
        }
        SchemaKind::Named => {
            let bare = types::strip(ty);
            let name = name(krate, ty, &mut content.schema_types);
            content.registrations.extend(quote! {
                schemas.push((#name, <#bare as #krate::__private::utoipa::PartialSchema>::schema()));
                <#bare as #krate::__private::utoipa::ToSchema>::schemas(schemas);
            });
            content.schema_types.push(bare);
        }
    }
}

/// The component name utoipa gives `ty`: its `ToSchema::name()`, with its type arguments'
/// names after underscores for a generic type (`Page<User>` is `Page_User`).
fn name<'a>(krate: &syn::Path, ty: &'a Type, used: &mut Vec<&'a Type>) -> TokenStream {
    let bare = types::strip(ty);
    used.push(bare);
    let own = quote!(<#bare as #krate::__private::utoipa::ToSchema>::name());
    match types::last_segment(ty) {
        Some((_, arguments)) if !arguments.is_empty() => {
            let children: Vec<TokenStream> = arguments.into_iter().map(|argument| name(krate, argument, used)).collect();
            quote!(#krate::__private::utoipa::compose_name(#own, &[#(#children),*]))
        }
        _ => quote!(#krate::__private::utoipa::String::from(#own)),
    }
}

/// The `HeaderKind` variant for a header field, to write after a `HeaderKind` path.
pub(crate) fn header_kind(ty: &Type) -> TokenStream {
    match types::header_kind(ty) {
        HeaderKind::Text => quote!(Text),
        HeaderKind::Integer => quote!(Integer),
        HeaderKind::Unsigned => quote!(Unsigned),
        HeaderKind::Seconds => quote!(Seconds),
        HeaderKind::HttpDate => quote!(HttpDate),
    }
}
