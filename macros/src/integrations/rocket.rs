//! Rocket's `Responder<'r, 'o>`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Generics, Ident};

use super::{Arm, framework_generics, matches};
use crate::ast::Input;

/// `'__r, '__o: '__r` first among `generics`: the lifetimes of Rocket's `Responder<'r, 'o>`.
pub(super) fn rocket_lifetimes(generics: &mut Generics) {
    let request = syn::Lifetime::new("'__r", proc_macro2::Span::call_site());
    let mut response = syn::LifetimeParam::new(syn::Lifetime::new("'__o", proc_macro2::Span::call_site()));
    response.bounds.push(request.clone());
    generics.params.insert(0, syn::GenericParam::Lifetime(response));
    generics.params.insert(0, syn::GenericParam::Lifetime(syn::LifetimeParam::new(request)));
}

/// `rocket::response::Responder<'__r, '__o>`: the body's own response, with the status and the
/// header fields applied.
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::rocket);
    let mut generics = framework_generics(input, &quote!(#module::Body<'__r, '__o>));
    rocket_lifetimes(&mut generics);
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in super::arms(input, statuses) {
        let call = if let Some(body) = body {
            quote!(#module::respond(#head, #body, request))
        } else {
            quote!(#module::respond_empty(#head, request))
        };
        arms.push(quote! { #pattern => #call });
    }
    let body = matches(input, &quote!(self), &arms);
    rocket_impl(
        &generics,
        input.generics,
        input.ident,
        &quote! {
            fn respond_to(self, request: &'__r #module::Request<'_>) -> #module::Result<'__o> {
                #body
            }
        },
        &module,
    )
}

/// `impl<'__r, '__o: '__r, ..> Responder<'__r, '__o> for Type<..>`: the impl's generics have the
/// two lifetimes, the type's own do not.
pub(super) fn rocket_impl(generics: &Generics, own: &Generics, ident: &Ident, items: &TokenStream, module: &TokenStream) -> TokenStream {
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = own.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #module::Responder<'__r, '__o> for #ident #ty_generics #where_clause {
            #items
        }
    }
}
