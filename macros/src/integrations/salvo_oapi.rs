//! salvo-oapi's `EndpointOutRegister`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::{Concrete, add_bounds, derived_impl, optional_str};
use crate::ast::Input;
use crate::expand::header_name;

/// `Call` when salvo-oapi is the only integration that describes bodies; `Optional` when another
/// framework or OpenAPI integration is on, whose bodies and schema types need not be salvo-oapi's.
fn salvo_oapi_bounds() -> Concrete {
    let others =
        [cfg!(feature = "axum"), cfg!(feature = "actix-web"), cfg!(feature = "poem"), cfg!(feature = "rocket"), cfg!(feature = "utoipa")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

/// `salvo_oapi::EndpointOutRegister`: one response per distinct status in the operation, each
/// body as its own `EndpointOutRegister` describes it (or as `#[body(..)]` declares it).
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::salvo_oapi);
    let (mut bodies, mut schemas, mut entries) = (Vec::new(), Vec::new(), Vec::new());
    let mut uses_components = false;
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = match response.body() {
            None => quote!(::std::vec::Vec::new()),
            Some(field) => {
                let declared = field.body_doc.as_ref();
                let content_type = declared.and_then(|doc| doc.content_type.as_ref());
                match (declared.and_then(|doc| doc.schema.as_ref()), content_type) {
                    (Some(schema), content_type) => {
                        uses_components = true;
                        schemas.push(schema);
                        let content_type = content_type.map_or_else(|| quote!("application/json"), ToTokens::to_token_stream);
                        let span = schema.span();
                        quote_spanned!(span=> #module::declared::<#schema>(components, #content_type))
                    }
                    (None, Some(content_type)) => quote!(#module::media_type(#content_type)),
                    (None, None) => {
                        uses_components = true;
                        bodies.push(field.ty);
                        let ty = field.ty;
                        quote_spanned!(ty.span()=> #module::body::<#ty>(components))
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
    add_bounds(input, &mut generics, &bodies, &quote!(#module::Body), salvo_oapi_bounds());
    let schemas: Vec<&Type> = schemas;
    add_bounds(input, &mut generics, &schemas, &quote!(#module::SchemaType), salvo_oapi_bounds());
    let components = if uses_components { quote!(components) } else { quote!(_) };
    derived_impl(
        &generics,
        input.ident,
        &quote!(#module::EndpointOutRegister),
        &quote! {
            fn register(#components: &mut #module::Components, operation: &mut #module::Operation) {
                #module::register(operation, ::std::vec![#(#entries),*]);
            }
        },
    )
}
