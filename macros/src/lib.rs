//! The `TypedResponse` derive for [status-atlas](https://docs.rs/status-atlas).
//!
//! Depend on `status-atlas` with its `derive` feature, which re-exports this macro next to the
//! trait it implements; the trait's documentation describes the attributes. This crate reads no
//! data: the expansion refers to `status_atlas`'s consts and `const fn` checks, so rustc resolves
//! status names and const evaluation rejects bad statuses, with one source of truth.

mod ast;
mod attr;
mod expand;
mod fallback;
mod integrations;
mod openapi;
mod types;
mod valid;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Implements `status_atlas::TypedResponse`; see that trait for the attributes.
#[proc_macro_derive(TypedResponse, attributes(status, header, body, status_atlas))]
pub fn derive_typed_response(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}
