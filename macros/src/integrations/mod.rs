//! Framework impls, emitted when status-atlas turns on the feature of the same name here
//! (`http`, `axum`, `actix-web`, `utoipa`, and the later ones compiled only with their feature):
//! one file per framework, and here what they share (the match arms, the bounds, the frame of
//! an impl, and the fallback impls).

mod actix;
mod axum;
mod http;
mod utoipa;

#[cfg(feature = "aide")]
mod aide;
#[cfg(any(feature = "aide", feature = "poem-openapi", feature = "salvo-oapi"))]
mod entries;
#[cfg(feature = "poem")]
mod poem;
#[cfg(feature = "poem-openapi")]
mod poem_openapi;
#[cfg(feature = "rocket")]
mod rocket;
#[cfg(feature = "salvo")]
mod salvo;
#[cfg(feature = "salvo-oapi")]
mod salvo_oapi;

use proc_macro2::TokenStream;
use quote::quote;
use syn::spanned::Spanned;
use syn::{Generics, Ident, Type, WherePredicate};

use crate::ast::{Field, Input, Response};
use crate::expand::{binding, header_name, pattern};

pub(crate) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let mut impls = TokenStream::new();
    if cfg!(feature = "http") {
        impls.extend(http::expand(input, statuses));
    }
    if cfg!(feature = "axum") {
        impls.extend(axum::expand(input, statuses));
    }
    if cfg!(feature = "actix-web") {
        impls.extend(actix::expand(input, statuses));
    }
    if cfg!(feature = "utoipa") {
        impls.extend(utoipa::expand(input, statuses));
    }
    // The integrations added after the first four are compiled only with their feature, so
    // they cost the macro crate nothing without it.
    #[cfg(feature = "aide")]
    impls.extend(aide::expand(input, statuses));
    #[cfg(feature = "poem")]
    impls.extend(poem::expand(input, statuses));
    #[cfg(feature = "poem-openapi")]
    impls.extend(poem_openapi::expand(input, statuses));
    #[cfg(feature = "rocket")]
    impls.extend(rocket::expand(input, statuses));
    #[cfg(feature = "salvo")]
    impls.extend(salvo::expand(input, statuses));
    #[cfg(feature = "salvo-oapi")]
    impls.extend(salvo_oapi::expand(input, statuses));
    impls
}

/// The same impls with bodies that never run, for input with errors: the errors then stand alone
/// instead of bringing "trait not implemented" errors at every handler.
pub(crate) fn fallback(input: &syn::DeriveInput, krate: &syn::Path) -> TokenStream {
    let (generics, ident) = (&input.generics, &input.ident);
    let mut impls = TokenStream::new();
    if cfg!(feature = "axum") {
        impls.extend(derived_impl(
            generics,
            ident,
            &quote!(#krate::__private::axum::IntoResponse),
            &quote! {
                fn into_response(self) -> #krate::__private::axum::Response {
                    ::core::unreachable!()
                }
            },
        ));
    }
    if cfg!(feature = "actix-web") {
        impls.extend(derived_impl(
            generics,
            ident,
            &quote!(#krate::__private::actix::Responder),
            &quote! {
                type Body = #krate::__private::actix::BoxBody;
                fn respond_to(self, _: &#krate::__private::actix::HttpRequest) -> #krate::__private::actix::HttpResponse {
                    ::core::unreachable!()
                }
            },
        ));
    }
    if cfg!(feature = "utoipa") {
        impls.extend(derived_impl(
            generics,
            ident,
            &quote!(#krate::__private::utoipa::IntoResponses),
            &quote! {
                fn responses() -> #krate::__private::utoipa::Responses {
                    ::core::unreachable!()
                }
            },
        ));
        impls.extend(derived_impl(
            generics,
            ident,
            &quote!(#krate::ResponseSchemas),
            &quote! {
                fn schemas(_: &mut #krate::__private::utoipa::Schemas) {
                    ::core::unreachable!()
                }
            },
        ));
    }
    #[cfg(any(
        feature = "aide",
        feature = "poem",
        feature = "poem-openapi",
        feature = "rocket",
        feature = "salvo",
        feature = "salvo-oapi"
    ))]
    impls.extend(later_fallbacks(generics, ident, krate));
    impls
}

/// `fallback`'s impls for the integrations compiled only with their feature.
#[cfg(any(feature = "aide", feature = "poem", feature = "poem-openapi", feature = "rocket", feature = "salvo", feature = "salvo-oapi"))]
fn later_fallbacks(generics: &Generics, ident: &Ident, krate: &syn::Path) -> TokenStream {
    let mut impls = TokenStream::new();
    #[cfg(feature = "aide")]
    impls.extend(derived_impl(generics, ident, &quote!(#krate::__private::aide::OperationOutput), &quote! { type Inner = Self; }));
    #[cfg(feature = "poem")]
    {
        impls.extend(derived_impl(
            generics,
            ident,
            &quote!(#krate::__private::poem::IntoResponse),
            &quote! {
                fn into_response(self) -> #krate::__private::poem::Response {
                    ::core::unreachable!()
                }
            },
        ));
    }
    #[cfg(feature = "poem-openapi")]
    {
        let module = quote!(#krate::__private::poem_openapi);
        impls.extend(derived_impl(
            generics,
            ident,
            &quote!(#module::ApiResponse),
            &quote! {
                fn meta() -> #module::MetaResponses {
                    ::core::unreachable!()
                }
                fn register(_: &mut #module::Registry) {
                    ::core::unreachable!()
                }
            },
        ));
    }
    #[cfg(feature = "salvo")]
    impls.extend(derived_impl(
        generics,
        ident,
        &quote!(#krate::__private::salvo::Scribe),
        &quote! {
            fn render(self, _: &mut #krate::__private::salvo::Response) {
                ::core::unreachable!()
            }
        },
    ));
    #[cfg(feature = "salvo-oapi")]
    impls.extend(derived_impl(
        generics,
        ident,
        &quote!(#krate::__private::salvo_oapi::EndpointOutRegister),
        &quote! {
            fn register(_: &mut #krate::__private::salvo_oapi::Components, _: &mut #krate::__private::salvo_oapi::Operation) {
                ::core::unreachable!()
            }
        },
    ));
    #[cfg(feature = "rocket")]
    {
        let mut with_lifetimes = generics.clone();
        rocket::rocket_lifetimes(&mut with_lifetimes);
        let module = quote!(#krate::__private::rocket);
        impls.extend(rocket::rocket_impl(
            &with_lifetimes,
            generics,
            ident,
            &quote! {
                fn respond_to(self, _: &'__r #module::Request<'_>) -> #module::Result<'__o> {
                    ::core::unreachable!()
                }
            },
            &module,
        ));
    }
    impls
}

/// `#[automatically_derived] impl<..> Trait for Type<..> where .. { items }`: the frame every
/// impl of the expansion shares, written once.
pub(crate) fn derived_impl(generics: &Generics, ident: &Ident, trait_path: &TokenStream, items: &TokenStream) -> TokenStream {
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #trait_path for #ident #ty_generics #where_clause {
            #items
        }
    }
}

/// One response's match arm parts: the pattern binding its body and header fields, the `Head`
/// expression, and the body binding if it has one.
struct Arm {
    pattern: TokenStream,
    head: TokenStream,
    body: Option<Ident>,
}

fn arms(input: &Input<'_>, statuses: &[Ident]) -> Vec<Arm> {
    let krate = &input.krate;
    let mut arms = Vec::with_capacity(statuses.len());
    for (response, status) in input.responses.iter().zip(statuses) {
        let body = response.body();
        let mut members = Vec::new();
        if let Some(field) = body {
            members.push(&field.member);
        }
        let mut head = quote! { #krate::__private::Head::new(#status) };
        for (field, header) in response.headers() {
            members.push(&field.member);
            let name = header_name(krate, header);
            let value = at_type(field);
            head.extend(quote! { .field(#name, #value) });
        }
        arms.push(Arm { pattern: pattern(input, response, &members), head, body: body.map(at_type) });
    }
    arms
}

/// The field's binding, spanned at the field's type: a type the call it is passed to cannot take
/// is reported there, with the message of the trait it lacks.
fn at_type(field: &Field<'_>) -> Ident {
    let mut binding = binding(&field.member);
    binding.set_span(field.ty.span());
    binding
}

fn matches(input: &Input<'_>, scrutinee: &TokenStream, arms: &[TokenStream]) -> TokenStream {
    if input.responses.is_empty() {
        quote! { match #scrutinee {} }
    } else {
        quote! { match #scrutinee { #(#arms,)* } }
    }
}

/// Adds `bound` on the field types (body or header, as `pick` says) to `generics`.
///
/// A type that involves the type's generic parameters gets a plain bound. A concrete type gets
/// none when `Concrete::Call` says the impl's own calls require it: the impl then exists, and a
/// type that lacks the trait is an error at the field's type (see `at_type`), rather than at
/// every handler that returns the response. `Concrete::Optional` writes `for<'__any> Type:
/// Bound` instead, which leaves the impl out when it fails: both `axum` and `actix-web` may be
/// on in one build (features unify across the dependency graph), and an enum of actix-web
/// bodies must still compile when its axum impl cannot hold.
fn add_bounds(input: &Input<'_>, generics: &mut Generics, types: &[&Type], bound: &TokenStream, concrete: Concrete) {
    let predicates = &mut generics.make_where_clause().predicates;
    for ty in types {
        let predicate: WherePredicate = match (input.is_generic(ty), concrete) {
            (true, _) => syn::parse_quote!(#ty: #bound),
            (false, Concrete::Optional) => syn::parse_quote!(for<'__any> #ty: #bound),
            (false, Concrete::Call) => continue,
        };
        predicates.push(predicate);
    }
}

/// What `add_bounds` does with a field type that involves no generic parameter.
#[derive(Clone, Copy)]
enum Concrete {
    /// No bound: the call in the impl requires the trait, and fails at the field's type.
    Call,
    /// A bound the impl is left out without.
    Optional,
}

/// `Call` for a framework that is the only one on, `Optional` when another is on too.
fn body_bounds() -> Concrete {
    // Counted at compile time: nothing of this is left in the macro's code.
    const FRAMEWORKS: u8 = cfg!(feature = "axum") as u8
        + cfg!(feature = "actix-web") as u8
        + cfg!(feature = "poem") as u8
        + cfg!(feature = "rocket") as u8
        + cfg!(feature = "salvo") as u8;
    // A constant of the build's features, which clippy reads as a comparison that cannot vary.
    #[allow(clippy::absurd_extreme_comparisons)]
    const SEVERAL: bool = FRAMEWORKS > 1;
    if SEVERAL { Concrete::Optional } else { Concrete::Call }
}

/// Every response's body field type.
fn body_types<'a>(input: &'a Input<'a>) -> Vec<&'a Type> {
    let mut types = Vec::new();
    for response in &input.responses {
        if let Some(field) = response.body() {
            types.push(field.ty);
        }
    }
    types
}

/// Every response's header field types, in order.
fn header_types<'a>(input: &'a Input<'a>) -> Vec<&'a Type> {
    let mut types = Vec::new();
    for response in &input.responses {
        for (field, _) in response.headers() {
            types.push(field.ty);
        }
    }
    types
}

/// The type's generics, with `body_bound` on body field types and `FieldValue` on header ones.
fn framework_generics(input: &Input<'_>, body_bound: &TokenStream) -> Generics {
    let krate = &input.krate;
    let mut generics = input.generics.clone();
    add_bounds(input, &mut generics, &body_types(input), body_bound, body_bounds());
    add_bounds(input, &mut generics, &header_types(input), &quote!(#krate::FieldValue), Concrete::Call);
    generics
}

/// The `#module::Header { name, doc, kind }` of each of `response`'s header fields, in order: the
/// OpenAPI integrations' `Header` types have these three fields.
fn headers(krate: &syn::Path, module: &TokenStream, response: &Response<'_>) -> Vec<TokenStream> {
    let mut headers = Vec::new();
    for (field, header) in response.headers() {
        let name = header_name(krate, header);
        let doc = optional_str(field.doc.as_ref());
        let kind = crate::openapi::header_kind(field.ty);
        let kind = quote!(#module::HeaderKind::#kind);
        headers.push(quote! { #module::Header { name: #name, doc: #doc, kind: #kind } });
    }
    headers
}

fn optional_str(text: Option<&String>) -> TokenStream {
    if let Some(text) = text { quote!(::core::option::Option::Some(#text)) } else { quote!(::core::option::Option::None) }
}
