//! What the integrations that document each status as an OpenAPI response (aide, poem-openapi,
//! salvo-oapi) share: each status's entry (its doc, its typed header fields, and which content
//! its body gets) and the bounds on the types that describe the bodies. An integration says only
//! how it writes a body's content, through `BodyContent`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Generics, Ident, Type};

use super::{Concrete, add_bounds, headers, optional_str};
use crate::ast::Input;

/// How an integration writes the content of one response; `entries` chooses which applies (a
/// body with only a declared content type is `#module::media_type(..)` in every integration).
pub(super) trait BodyContent {
    /// A response without a body.
    fn empty(&self) -> TokenStream;
    /// A body described by `#[body(schema = ..)]`, with its content type (`"application/json"`
    /// unless `#[body(content_type = ..)]` gives one).
    fn declared(&mut self, schema: &Type, content_type: &TokenStream) -> TokenStream;
    /// A body that describes itself, through the integration's trait for bodies.
    fn body(&mut self, ty: &Type) -> TokenStream;
}

/// The `Entry` of each response, and the impl's generics.
pub(super) struct Entries {
    pub(super) entries: Vec<TokenStream>,
    pub(super) generics: Generics,
}

/// One `#module::Entry { status, doc, headers, content }` per response, and the type's generics
/// with `#module::Body` on the body types that describe themselves and `schema_bound` on the
/// declared schema types (`concrete` says what a type without generic parameters gets).
pub(super) fn entries(
    input: &Input<'_>,
    statuses: &[Ident],
    module: &TokenStream,
    schema_bound: &TokenStream,
    concrete: Concrete,
    writer: &mut impl BodyContent,
) -> Entries {
    let (mut bodies, mut schemas, mut entries): (Vec<&Type>, Vec<&Type>, _) = (Vec::new(), Vec::new(), Vec::new());
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = match response.body() {
            None => writer.empty(),
            Some(field) => {
                let declared = field.body_doc.as_ref();
                let content_type = declared.and_then(|doc| doc.content_type.as_ref());
                match (declared.and_then(|doc| doc.schema.as_ref()), content_type) {
                    (Some(schema), content_type) => {
                        schemas.push(schema);
                        let content_type = content_type.map_or_else(|| quote!("application/json"), ToTokens::to_token_stream);
                        writer.declared(schema, &content_type)
                    }
                    (None, Some(content_type)) => quote!(#module::media_type(#content_type)),
                    (None, None) => {
                        bodies.push(field.ty);
                        writer.body(field.ty)
                    }
                }
            }
        };
        let doc = optional_str(response.doc.as_ref());
        let headers = headers(&input.krate, module, response);
        entries.push(quote! {
            #module::Entry { status: #status, doc: #doc, headers: ::std::vec![#(#headers),*], content: #content }
        });
    }
    let mut generics = input.generics.clone();
    add_bounds(input, &mut generics, &bodies, &quote!(#module::Body), concrete);
    add_bounds(input, &mut generics, &schemas, schema_bound, concrete);
    Entries { entries, generics }
}
