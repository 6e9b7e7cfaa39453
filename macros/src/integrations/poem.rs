//! poem's `IntoResponse`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::Ident;

use super::{Arm, derived_impl, framework_generics, matches};
use crate::ast::Input;

pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let generics = framework_generics(input, &quote!(#krate::__private::poem::Body));
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in super::arms(input, statuses) {
        let body = if let Some(body) = body { body.into_token_stream() } else { quote!(()) };
        arms.push(quote! { #pattern => #krate::__private::poem::respond(#head, #body) });
    }
    let body = matches(input, &quote!(self), &arms);
    derived_impl(
        &generics,
        input.ident,
        &quote!(#krate::__private::poem::IntoResponse),
        &quote! {
            fn into_response(self) -> #krate::__private::poem::Response {
                #body
            }
        },
    )
}
