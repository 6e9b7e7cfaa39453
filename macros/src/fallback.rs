//! What the derive emits when the input has errors: the errors, and an impl that satisfies the
//! trait, so one mistake in the attribute does not cascade into "trait not implemented" errors
//! wherever the type is used.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn expand(input: &DeriveInput, errors: Vec<syn::Error>) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let krate = crate::attr::krate(&input.attrs, &mut Vec::new());
    let errors = errors.into_iter().map(|error| error.to_compile_error());
    let integrations = crate::integrations::fallback(input, &krate);
    quote! {
        #(#errors)*
        #[automatically_derived]
        impl #impl_generics #krate::TypedResponse for #ident #ty_generics #where_clause {
            const STATUSES: &'static [#krate::Status] = &[];
            fn status(&self) -> #krate::Status {
                ::core::unreachable!()
            }
        }
        #integrations
    }
}
