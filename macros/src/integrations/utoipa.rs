//! utoipa's `IntoResponses`, and `ResponseSchemas`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Ident;

use super::{derived_impl, headers, optional_str};
use crate::ast::Input;

/// `utoipa::IntoResponses` (the responses, with content and typed header fields) and
/// `ResponseSchemas` (the named schemas the bodies reach). A type that involves the type's
/// generic parameters and is asked for its schema gets a `ToSchema` bound.
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let mut generics = input.generics.clone();
    let mut registrations = TokenStream::new();
    let mut entries = Vec::new();
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = crate::openapi::content(input, response.body());
        let predicates = &mut generics.make_where_clause().predicates;
        for ty in &content.schema_types {
            if input.is_generic(ty) {
                predicates.push(syn::parse_quote!(#ty: #krate::__private::utoipa::ToSchema));
            } else {
                // With another OpenAPI integration on too, a body type may be documented for it
                // only: the utoipa impl is then left out rather than failing.
                #[cfg(any(feature = "aide", feature = "poem-openapi", feature = "salvo-oapi"))]
                predicates.push(syn::parse_quote!(for<'__any> #ty: #krate::__private::utoipa::ToSchema));
            }
        }
        registrations.extend(content.registrations);
        let doc = optional_str(response.doc.as_ref());
        let headers = headers(krate, &quote!(#krate::__private::utoipa), response);
        let body = content.body;
        entries.push(quote_spanned! {proc_macro2::Span::call_site()=>
            #krate::__private::utoipa::Entry { status: #status, doc: #doc, headers: ::std::vec![#(#headers),*], body: #body }
        });
    }
    let schemas = if registrations.is_empty() { quote!(_) } else { quote!(schemas) };
    let mut impls = derived_impl(
        &generics,
        ident,
        &quote!(#krate::__private::utoipa::IntoResponses),
        &quote! {
            fn responses() -> #krate::__private::utoipa::Responses {
                #krate::__private::utoipa::responses(::std::vec![#(#entries),*])
            }
        },
    );
    impls.extend(derived_impl(
        &generics,
        ident,
        &quote!(#krate::ResponseSchemas),
        &quote! {
            fn schemas(#schemas: &mut #krate::__private::utoipa::Schemas) {
                #registrations
            }
        },
    ));
    impls
}
