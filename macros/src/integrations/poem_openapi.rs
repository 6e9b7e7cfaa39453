//! poem-openapi's `ApiResponse`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::entries::{BodyContent, Entries, entries};
use super::{Concrete, derived_impl};
use crate::ast::Input;

/// As `aide_bounds`, for poem-openapi: `Optional` when another framework or OpenAPI integration
/// is on, whose bodies need not be poem-openapi payloads.
fn poem_openapi_bounds() -> Concrete {
    let others =
        [cfg!(feature = "axum"), cfg!(feature = "actix-web"), cfg!(feature = "utoipa"), cfg!(feature = "rocket"), cfg!(feature = "salvo")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

/// A body's content as poem-openapi writes it: `meta` describes it without the registry, and
/// `register` (the statements gathered here) adds the schemas it reaches.
struct Content<'a> {
    module: &'a TokenStream,
    registrations: TokenStream,
}

impl BodyContent for Content<'_> {
    fn empty(&self) -> TokenStream {
        quote!(::core::option::Option::None)
    }

    fn declared(&mut self, schema: &Type, content_type: &TokenStream) -> TokenStream {
        let module = self.module;
        let span = schema.span();
        self.registrations
            .extend(quote_spanned!(span=> #module::declared::<#schema>(#content_type, ::core::option::Option::Some(&mut *registry));));
        quote_spanned!(span=> #module::declared::<#schema>(#content_type, ::core::option::Option::None))
    }

    fn body(&mut self, ty: &Type) -> TokenStream {
        let module = self.module;
        self.registrations.extend(quote_spanned!(ty.span()=> #module::payload::<#ty>(::core::option::Option::Some(&mut *registry));));
        quote_spanned!(ty.span()=> #module::payload::<#ty>(::core::option::Option::None))
    }
}

/// `poem_openapi::ApiResponse`: `meta` lists one response per distinct status, each body as its
/// `Payload` describes it (or as `#[body(..)]` declares it); `register` adds the schemas.
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::poem_openapi);
    let mut content = Content { module: &module, registrations: TokenStream::new() };
    let Entries { entries, generics } = entries(input, statuses, &module, &quote!(#module::Schema), poem_openapi_bounds(), &mut content);
    let registrations = content.registrations;
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
