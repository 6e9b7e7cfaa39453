//! salvo-oapi's `EndpointOutRegister`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::entries::{BodyContent, Entries, entries};
use super::{Concrete, derived_impl};
use crate::ast::Input;

/// `Call` when salvo-oapi is the only integration that describes bodies; `Optional` when another
/// framework or OpenAPI integration is on, whose bodies and schema types need not be salvo-oapi's.
fn salvo_oapi_bounds() -> Concrete {
    let others =
        [cfg!(feature = "axum"), cfg!(feature = "actix-web"), cfg!(feature = "poem"), cfg!(feature = "rocket"), cfg!(feature = "utoipa")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

/// A body's content as salvo-oapi writes it, adding the schemas it reaches to the components;
/// whether `register` uses them.
struct Content<'a> {
    module: &'a TokenStream,
    uses_components: bool,
}

impl BodyContent for Content<'_> {
    fn empty(&self) -> TokenStream {
        quote!(::std::vec::Vec::new())
    }

    fn declared(&mut self, schema: &Type, content_type: &TokenStream) -> TokenStream {
        self.uses_components = true;
        let module = self.module;
        let span = schema.span();
        quote_spanned!(span=> #module::declared::<#schema>(components, #content_type))
    }

    fn body(&mut self, ty: &Type) -> TokenStream {
        self.uses_components = true;
        let module = self.module;
        quote_spanned!(ty.span()=> #module::body::<#ty>(components))
    }
}

/// `salvo_oapi::EndpointOutRegister`: one response per distinct status in the operation, each
/// body as its own `EndpointOutRegister` describes it (or as `#[body(..)]` declares it).
pub(super) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::salvo_oapi);
    let mut content = Content { module: &module, uses_components: false };
    let Entries { entries, generics } = entries(input, statuses, &module, &quote!(#module::SchemaType), salvo_oapi_bounds(), &mut content);
    let components = if content.uses_components { quote!(components) } else { quote!(_) };
    derived_impl(
        &generics,
        input.ident,
        &quote!(#module::EndpointOutRegister),
        &quote! {
            fn register(#components: &mut #module::Components, operation: &mut #module::Operation) {
                #module::register(operation, ::std::vec![#(#entries),*]);
            }
        },
    )
}
