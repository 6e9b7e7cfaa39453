//! What the derive emits when the input has errors: the errors, and an impl that satisfies the
//! trait, so one mistake in the attribute does not cascade into "trait not implemented" errors
//! wherever the type is used.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn expand(input: &DeriveInput, errors: Vec<syn::Error>) -> TokenStream {
    let krate = crate::attr::krate(&input.attrs, &mut Vec::new());
    let mut tokens = TokenStream::new();
    for error in errors {
        tokens.extend(error.to_compile_error());
    }
    tokens.extend(crate::integrations::derived_impl(
        &input.generics,
        &input.ident,
        &quote!(#krate::TypedResponse),
        &quote! {
            const STATUSES: &'static [#krate::Status] = &[];
            fn status(&self) -> #krate::Status {
                ::core::unreachable!()
            }
        },
    ));
    tokens.extend(crate::integrations::fallback(input, &krate));
    tokens
}
