//! Framework impls, emitted when status-atlas enables the feature of the same name here.

use proc_macro2::TokenStream;
use syn::Ident;

use crate::ast::Input;

pub(crate) fn expand(_input: &Input<'_>, _statuses: &[Ident]) -> TokenStream {
    TokenStream::new()
}
