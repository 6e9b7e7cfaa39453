//! poem-openapi's `ApiResponse`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::{Concrete, add_bounds, derived_impl, optional_str};
use crate::ast::Input;
use crate::expand::header_name;

/// As `aide_bounds`, for poem-openapi: `Optional` when another framework or OpenAPI integration
/// is on, whose bodies need not be poem-openapi payloads.
fn poem_openapi_bounds() -> Concrete {
    let others =
        [cfg!(feature = "axum"), cfg!(feature = "actix-web"), cfg!(feature = "utoipa"), cfg!(feature = "rocket"), cfg!(feature = "salvo")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

/// `poem_openapi::ApiResponse`: `meta` lists one response per distinct status, each body as its
/// `Payload` describes it (or as `#[body(..)]` declares it); `register` adds the schemas.
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::poem_openapi);
    let (mut bodies, mut schemas, mut entries) = (Vec::new(), Vec::new(), Vec::new());
    let mut registrations = TokenStream::new();
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = match response.body() {
            None => quote!(::core::option::Option::None),
            Some(field) => {
                let declared = field.body_doc.as_ref();
                let content_type = declared.and_then(|doc| doc.content_type.as_ref());
                match (declared.and_then(|doc| doc.schema.as_ref()), content_type) {
                    (Some(schema), content_type) => {
                        schemas.push(schema);
                        let content_type = content_type.map_or_else(|| quote!("application/json"), ToTokens::to_token_stream);
                        let span = schema.span();
                        registrations.extend(quote_spanned!(span=> #module::declared::<#schema>(#content_type, ::core::option::Option::Some(&mut *registry));));
                        quote_spanned!(span=> #module::declared::<#schema>(#content_type, ::core::option::Option::None))
                    }
                    (None, Some(content_type)) => quote!(#module::media_type(#content_type)),
                    (None, None) => {
                        bodies.push(field.ty);
                        let ty = field.ty;
                        registrations
                            .extend(quote_spanned!(ty.span()=> #module::payload::<#ty>(::core::option::Option::Some(&mut *registry));));
                        quote_spanned!(ty.span()=> #module::payload::<#ty>(::core::option::Option::None))
                    }
                }
            }
        };
        let doc = optional_str(response.doc.as_ref());
        let mut headers = Vec::new();
        for (field, header) in response.headers() {
            let name = header_name(krate, header);
            let doc = optional_str(field.doc.as_ref());
            let kind = crate::openapi::header_kind(field.ty);
            let kind = quote!(#module::HeaderKind::#kind);
            headers.push(quote! { #module::Header { name: #name, doc: #doc, kind: #kind } });
        }
        entries.push(quote! {
            #module::Entry { status: #status, doc: #doc, headers: ::std::vec![#(#headers),*], content: #content }
        });
    }
    let mut generics = input.generics.clone();
    add_bounds(input, &mut generics, &bodies, &quote!(#module::Body), poem_openapi_bounds());
    let schemas: Vec<&Type> = schemas;
    add_bounds(input, &mut generics, &schemas, &quote!(#module::Schema), poem_openapi_bounds());
    let registry = if registrations.is_empty() { quote!(_) } else { quote!(registry) };
    derived_impl(
        &generics,
        input.ident,
        &quote!(#module::ApiResponse),
        &quote! {
            fn meta() -> #module::MetaResponses {
                #module::responses(::std::vec![#(#entries),*])
            }

            fn register(#registry: &mut #module::Registry) {
                #registrations
            }
        },
    )
}
