//! aide's `OperationOutput`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::entries::{BodyContent, Entries, entries};
use super::{Concrete, derived_impl};
use crate::ast::Input;

/// `Call` when aide is the only integration that describes bodies; `Optional` when actix-web or
/// poem (whose bodies aide cannot describe) or utoipa (whose schema types need not be
/// `JsonSchema`) is on too, so the types written for those still compile.
fn aide_bounds() -> Concrete {
    let others =
        [cfg!(feature = "actix-web"), cfg!(feature = "utoipa"), cfg!(feature = "poem"), cfg!(feature = "rocket"), cfg!(feature = "salvo")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

/// A body's content as aide writes it: from the generation context, and the operation for a body
/// that describes itself; which of the two `inferred_responses` uses.
struct Content<'a> {
    module: &'a TokenStream,
    uses_context: bool,
    uses_operation: bool,
}

impl BodyContent for Content<'_> {
    fn empty(&self) -> TokenStream {
        quote!(::std::vec::Vec::new())
    }

    fn declared(&mut self, schema: &Type, content_type: &TokenStream) -> TokenStream {
        self.uses_context = true;
        let module = self.module;
        let span = schema.span();
        quote_spanned!(span=> #module::declared::<#schema>(ctx, #content_type))
    }

    fn body(&mut self, ty: &Type) -> TokenStream {
        (self.uses_context, self.uses_operation) = (true, true);
        let module = self.module;
        quote_spanned!(ty.span()=> #module::body::<#ty>(ctx, operation))
    }
}

/// `aide::OperationOutput`: `inferred_responses` lists one response per distinct status, with
/// the body's content as its own `OperationOutput` describes it (or as `#[body(..)]` declares
/// it) and typed header fields.
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let module = quote!(#krate::__private::aide);
    let mut content = Content { module: &module, uses_context: false, uses_operation: false };
    let Entries { entries, generics } = entries(input, statuses, &module, &quote!(#module::Schema), aide_bounds(), &mut content);
    let ctx = if content.uses_context { quote!(ctx) } else { quote!(_) };
    let operation = if content.uses_operation { quote!(operation) } else { quote!(_) };
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
