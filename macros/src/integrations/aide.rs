//! aide's `OperationOutput`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::{Concrete, add_bounds, derived_impl, optional_str};
use crate::ast::Input;
use crate::expand::header_name;

/// `Call` when aide is the only integration that describes bodies; `Optional` when actix-web or
/// poem (whose bodies aide cannot describe) or utoipa (whose schema types need not be
/// `JsonSchema`) is on too, so the types written for those still compile.
fn aide_bounds() -> Concrete {
    let others =
        [cfg!(feature = "actix-web"), cfg!(feature = "utoipa"), cfg!(feature = "poem"), cfg!(feature = "rocket"), cfg!(feature = "salvo")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

/// `aide::OperationOutput`: `inferred_responses` lists one response per distinct status, with
/// the body's content as its own `OperationOutput` describes it (or as `#[body(..)]` declares
/// it) and typed header fields.
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let module = quote!(#krate::__private::aide);
    let mut bodies = Vec::new();
    let mut schemas = Vec::new();
    let mut entries = Vec::new();
    let (mut uses_context, mut uses_operation) = (false, false);
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = match response.body() {
            None => quote!(::std::vec::Vec::new()),
            Some(field) => {
                let declared = field.body_doc.as_ref();
                let content_type = declared.and_then(|doc| doc.content_type.as_ref());
                match (declared.and_then(|doc| doc.schema.as_ref()), content_type) {
                    (Some(schema), content_type) => {
                        uses_context = true;
                        schemas.push(schema);
                        let content_type = content_type.map_or_else(|| quote!("application/json"), ToTokens::to_token_stream);
                        let span = schema.span();
                        quote_spanned!(span=> #module::declared::<#schema>(ctx, #content_type))
                    }
                    (None, Some(content_type)) => quote!(#module::media_type(#content_type)),
                    (None, None) => {
                        (uses_context, uses_operation) = (true, true);
                        bodies.push(field.ty);
                        let ty = field.ty;
                        quote_spanned!(ty.span()=> #module::body::<#ty>(ctx, operation))
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
    add_bounds(input, &mut generics, &bodies, &quote!(#module::Body), aide_bounds());
    let schemas: Vec<&Type> = schemas;
    add_bounds(input, &mut generics, &schemas, &quote!(#module::Schema), aide_bounds());
    let ctx = if uses_context { quote!(ctx) } else { quote!(_) };
    let operation = if uses_operation { quote!(operation) } else { quote!(_) };
    derived_impl(
        &generics,
        ident,
        &quote!(#module::OperationOutput),
        &quote! {
            type Inner = Self;

            fn operation_response(ctx: &mut #module::GenContext, operation: &mut #module::Operation) -> ::core::option::Option<#module::Response> {
                #module::only(<Self as #module::OperationOutput>::inferred_responses(ctx, operation))
            }

            fn inferred_responses(#ctx: &mut #module::GenContext, #operation: &mut #module::Operation) -> ::std::vec::Vec<(::core::option::Option<u16>, #module::Response)> {
                #module::responses(::std::vec![#(#entries),*])
            }
        },
    )
}
