//! salvo's `Scribe`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::{Arm, derived_impl, framework_generics, matches};
use crate::ast::Input;

/// `salvo::Scribe`: the body rendered as salvo renders it, then the status and header fields.
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::salvo);
    let generics = framework_generics(input, &quote!(#module::Body));
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in super::arms(input, statuses) {
        let call = if let Some(body) = body {
            quote!(#module::respond(#head, #body, response))
        } else {
            quote!(#module::respond_empty(#head, response))
        };
        arms.push(quote! { #pattern => #call });
    }
    let body = matches(input, &quote!(self), &arms);
    derived_impl(
        &generics,
        input.ident,
        &quote!(#module::Scribe),
        &quote! {
            fn render(self, response: &mut #module::Response) {
                #body
            }
        },
    )
}
