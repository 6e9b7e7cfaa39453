//! The messages behind the `TypedResponse` derive's compile-time checks, one table row per status.
//!
//! Const evaluation can panic only with a string it already has, so every sentence a check may
//! print is written out here, from the same data as the rest of the crate.

use proc_macro2::TokenStream;
use quote::quote;

use super::model::{Model, Spec, Status};
use super::print;
use super::schema::Body;
use super::sorted::TextMap;
use super::vocabulary::{Class, Requirement};

/// The declaration of `RESPONSE_RULES`, whose rows ([`row`]) are in `RECORDS` order.
pub fn table_head(model: &Model) -> TokenStream {
    let count = proc_macro2::Literal::usize_unsuffixed(model.statuses.len());
    quote! {
        /// What the `TypedResponse` derive checks for each status, as ready-made error messages.
        pub(crate) const RESPONSE_RULES: [ResponseRules; #count] =
    }
}

/// The header fields the dataset names, one const per line, lower-cased, under the names
/// `#[header(..)]` takes. A file of its own with an item per line: rustc quotes the line of a
/// similar name when a user misspells one.
pub fn header_fields(model: &Model) -> String {
    // Each field once, in order of its lower-case key, spelled as where it first appears.
    let mut fields = TextMap::default();
    for status in &model.statuses {
        for header in &status.headers {
            fields.get_or_insert(header.field.to_ascii_lowercase(), header.field.as_str());
        }
    }
    let mut items = Vec::new();
    for (key, field) in fields.into_vec() {
        let name = quote::format_ident!("{}", field.to_ascii_uppercase().replace('-', "_"));
        let doc = format!("`{field}`");
        items.push(print::tokens_to_string(quote! { #[doc = #doc] pub const #name: &str = #key; }));
    }
    items.join("\n") + "\n"
}

/// One status's rules.
pub fn row(status: &Status) -> TokenStream {
    let name = format!("{} {}", status.code, status.reason);
    let where_ = status.spec.as_ref().map(|spec| format!(" ({})", spec_text(spec))).unwrap_or_default();
    let interim = option((status.class == Class::Informational).then(|| {
        format!("`{name}` is an interim (1xx) response, not a final one; a response type lists the final statuses a handler answers with (2xx to 5xx)")
    }));
    let body = option((status.body != Body::Allowed).then(|| {
        format!(
            "`{name}` never carries content{where_}, but this field would be sent as its body; remove it, or mark it `#[header(..)]` if it holds a header field"
        )
    }));
    let required = status.headers.iter().filter(|header| header.level == Requirement::Must && !header.conditional).map(|header| {
        let key = header.field.to_ascii_lowercase();
        let const_name = header.field.to_ascii_uppercase().replace('-', "_");
        let message = format!(
            "`{name}` must be sent with the `{}` header field ({}), but this response has no field for it; add one marked `#[header({const_name})]`",
            header.field,
            spec_text(&header.spec)
        );
        quote! { (#key, #message) }
    });
    quote! { ResponseRules { interim: #interim, body: #body, required_headers: &[#(#required),*] } }
}

fn spec_text(spec: &Spec) -> String {
    match &spec.section {
        Some(section) => format!("{} §{section}", spec.document),
        None => spec.document.clone(),
    }
}

fn option(text: Option<String>) -> TokenStream {
    if let Some(text) = text { quote!(Some(#text)) } else { quote!(None) }
}
