//! actix-web's `Responder`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::{Arm, derived_impl, framework_generics, matches};
use crate::ast::Input;

pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let generics = framework_generics(input, &quote!(#krate::__private::actix::Body));
    let mut uses_request = false;
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in super::arms(input, statuses) {
        let call = if let Some(body) = body {
            uses_request = true;
            quote!(#krate::__private::actix::respond(#head, #body, request))
        } else {
            quote!(#krate::__private::actix::respond_empty(#head))
        };
        arms.push(quote! { #pattern => #call });
    }
    let body = matches(input, &quote!(self), &arms);
    let ignore = (!uses_request).then(|| quote!(let _ = request;));
    derived_impl(
        &generics,
        ident,
        &quote!(#krate::__private::actix::Responder),
        &quote! {
            type Body = #krate::__private::actix::BoxBody;

            fn respond_to(self, request: &#krate::__private::actix::HttpRequest) -> #krate::__private::actix::HttpResponse {
                #ignore
                #body
            }
        },
    )
}
