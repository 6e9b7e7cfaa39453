//! `TryFrom<T> for http::Response<B>`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::{Arm, Concrete, add_bounds, body_types, header_types, matches};
use crate::ast::Input;

/// `TryFrom<T> for http::Response<B>`, for any body type `B` that every variant's body converts
/// into (`B: From<..>`); a variant without a body gets `B::default()`.
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let mut generics = input.generics.clone();
    // `__Body`, built: parsing it would instantiate syn's generic-parameter parser for one name.
    let body_param = syn::TypeParam::from(Ident::new("__Body", proc_macro2::Span::call_site()));
    generics.params.insert(0, syn::GenericParam::Type(body_param));
    let clause = generics.make_where_clause();
    clause.predicates.push(syn::parse_quote!(__Body: ::core::default::Default));
    for ty in body_types(input) {
        clause.predicates.push(syn::parse_quote!(__Body: ::core::convert::From<#ty>));
    }
    add_bounds(input, &mut generics, &header_types(input), &quote!(#krate::FieldValue), Concrete::Call);
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in super::arms(input, statuses) {
        let body = if let Some(body) = body {
            quote!(::core::convert::From::from(#body))
        } else {
            quote!(<__Body as ::core::default::Default>::default())
        };
        arms.push(quote! { #pattern => #krate::__private::http::respond(#head, #body) });
    }
    let body = matches(input, &quote!(value), &arms);
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::convert::TryFrom<#ident #ty_generics> for #krate::__private::http::Response<__Body> #where_clause {
            type Error = #krate::InvalidFieldValue;

            fn try_from(value: #ident #ty_generics) -> ::core::result::Result<Self, Self::Error> {
                #body
            }
        }
    }
}
