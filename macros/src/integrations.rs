//! Framework impls, emitted when status-atlas turns on the feature of the same name here
//! (`http`, `axum`, `actix-web`, `utoipa`).

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Generics, Ident, Type, WherePredicate};

use crate::ast::{Field, Input};
use crate::expand::{binding, header_name, pattern};

pub(crate) fn expand(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let mut impls = TokenStream::new();
    if cfg!(feature = "http") {
        impls.extend(http(input, statuses));
    }
    if cfg!(feature = "axum") {
        impls.extend(axum(input, statuses));
    }
    if cfg!(feature = "actix-web") {
        impls.extend(actix(input, statuses));
    }
    if cfg!(feature = "utoipa") {
        impls.extend(utoipa(input, statuses));
    }
    // The integrations added after the first four are compiled only with their feature, so
    // they cost the macro crate nothing without it.
    #[cfg(feature = "aide")]
    impls.extend(aide(input, statuses));
    #[cfg(feature = "poem")]
    impls.extend(poem(input, statuses));
    #[cfg(feature = "poem-openapi")]
    impls.extend(poem_openapi(input, statuses));
    #[cfg(feature = "rocket")]
    impls.extend(rocket(input, statuses));
    #[cfg(feature = "salvo")]
    impls.extend(salvo(input, statuses));
    #[cfg(feature = "salvo-oapi")]
    impls.extend(salvo_oapi(input, statuses));
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
        rocket_lifetimes(&mut with_lifetimes);
        let module = quote!(#krate::__private::rocket);
        impls.extend(rocket_impl(
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

/// `TryFrom<T> for http::Response<B>`, for any body type `B` that every variant's body converts
/// into (`B: From<..>`); a variant without a body gets `B::default()`.
fn http(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
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
    for Arm { pattern, head, body } in self::arms(input, statuses) {
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

/// The type's generics, with `body_bound` on body field types and `FieldValue` on header ones.
fn framework_generics(input: &Input<'_>, body_bound: &TokenStream) -> Generics {
    let krate = &input.krate;
    let mut generics = input.generics.clone();
    add_bounds(input, &mut generics, &body_types(input), body_bound, body_bounds());
    add_bounds(input, &mut generics, &header_types(input), &quote!(#krate::FieldValue), Concrete::Call);
    generics
}

fn axum(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let generics = framework_generics(input, &quote!(#krate::__private::axum::Body));
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in self::arms(input, statuses) {
        let body = if let Some(body) = body { body.into_token_stream() } else { quote!(()) };
        arms.push(quote! { #pattern => #krate::__private::axum::respond(#head, #body) });
    }
    let body = matches(input, &quote!(self), &arms);
    derived_impl(
        &generics,
        ident,
        &quote!(#krate::__private::axum::IntoResponse),
        &quote! {
            fn into_response(self) -> #krate::__private::axum::Response {
                #body
            }
        },
    )
}

fn actix(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let generics = framework_generics(input, &quote!(#krate::__private::actix::Body));
    let mut uses_request = false;
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in self::arms(input, statuses) {
        let call = if let Some(body) = body {
            uses_request = true;
            quote!(#krate::__private::actix::respond(#head, #body, request))
        } else {
            quote!(#krate::__private::actix::respond_empty(#head))
        };
        arms.push(quote! { #pattern => #call });
    }
    let body = matches(input, &quote!(self), &arms);
    let ignore = (!uses_request).then(|| quote!(let _ = request;));
    derived_impl(
        &generics,
        ident,
        &quote!(#krate::__private::actix::Responder),
        &quote! {
            type Body = #krate::__private::actix::BoxBody;

            fn respond_to(self, request: &#krate::__private::actix::HttpRequest) -> #krate::__private::actix::HttpResponse {
                #ignore
                #body
            }
        },
    )
}

/// `utoipa::IntoResponses` (the responses, with content and typed header fields) and
/// `ResponseSchemas` (the named schemas the bodies reach). A type that involves the type's
/// generic parameters and is asked for its schema gets a `ToSchema` bound.
fn utoipa(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let mut generics = input.generics.clone();
    let mut registrations = TokenStream::new();
    let mut entries = Vec::new();
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = crate::openapi::content(input, response.body());
        let predicates = &mut generics.make_where_clause().predicates;
        for ty in &content.schema_types {
            if input.is_generic(ty) {
                predicates.push(syn::parse_quote!(#ty: #krate::__private::utoipa::ToSchema));
            } else {
                // With another OpenAPI integration on too, a body type may be documented for it
                // only: the utoipa impl is then left out rather than failing.
                #[cfg(any(feature = "aide", feature = "poem-openapi", feature = "salvo-oapi"))]
                predicates.push(syn::parse_quote!(for<'__any> #ty: #krate::__private::utoipa::ToSchema));
            }
        }
        registrations.extend(content.registrations);
        let doc = optional_str(response.doc.as_ref());
        let mut headers = Vec::new();
        for (field, header) in response.headers() {
            let name = header_name(krate, header);
            let doc = optional_str(field.doc.as_ref());
            let kind = crate::openapi::header_kind(field.ty);
            let kind = quote!(#krate::__private::utoipa::HeaderKind::#kind);
            headers.push(quote! { #krate::__private::utoipa::Header { name: #name, doc: #doc, kind: #kind } });
        }
        let body = content.body;
        entries.push(quote_spanned! {proc_macro2::Span::call_site()=>
            #krate::__private::utoipa::Entry { status: #status, doc: #doc, headers: ::std::vec![#(#headers),*], body: #body }
        });
    }
    let schemas = if registrations.is_empty() { quote!(_) } else { quote!(schemas) };
    let mut impls = derived_impl(
        &generics,
        ident,
        &quote!(#krate::__private::utoipa::IntoResponses),
        &quote! {
            fn responses() -> #krate::__private::utoipa::Responses {
                #krate::__private::utoipa::responses(::std::vec![#(#entries),*])
            }
        },
    );
    impls.extend(derived_impl(
        &generics,
        ident,
        &quote!(#krate::ResponseSchemas),
        &quote! {
            fn schemas(#schemas: &mut #krate::__private::utoipa::Schemas) {
                #registrations
            }
        },
    ));
    impls
}

#[cfg(feature = "aide")]
/// `Call` when aide is the only integration that describes bodies; `Optional` when actix-web or
/// poem (whose bodies aide cannot describe) or utoipa (whose schema types need not be
/// `JsonSchema`) is on too, so the types written for those still compile.
fn aide_bounds() -> Concrete {
    let others =
        [cfg!(feature = "actix-web"), cfg!(feature = "utoipa"), cfg!(feature = "poem"), cfg!(feature = "rocket"), cfg!(feature = "salvo")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

#[cfg(feature = "poem-openapi")]
/// As `aide_bounds`, for poem-openapi: `Optional` when another framework or OpenAPI integration
/// is on, whose bodies need not be poem-openapi payloads.
fn poem_openapi_bounds() -> Concrete {
    let others =
        [cfg!(feature = "axum"), cfg!(feature = "actix-web"), cfg!(feature = "utoipa"), cfg!(feature = "rocket"), cfg!(feature = "salvo")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

#[cfg(feature = "poem")]
fn poem(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let generics = framework_generics(input, &quote!(#krate::__private::poem::Body));
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in self::arms(input, statuses) {
        let body = if let Some(body) = body { body.into_token_stream() } else { quote!(()) };
        arms.push(quote! { #pattern => #krate::__private::poem::respond(#head, #body) });
    }
    let body = matches(input, &quote!(self), &arms);
    derived_impl(
        &generics,
        input.ident,
        &quote!(#krate::__private::poem::IntoResponse),
        &quote! {
            fn into_response(self) -> #krate::__private::poem::Response {
                #body
            }
        },
    )
}

#[cfg(feature = "poem-openapi")]
/// `poem_openapi::ApiResponse`: `meta` lists one response per distinct status, each body as its
/// `Payload` describes it (or as `#[body(..)]` declares it); `register` adds the schemas.
fn poem_openapi(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::poem_openapi);
    let (mut bodies, mut schemas, mut entries) = (Vec::new(), Vec::new(), Vec::new());
    let mut registrations = TokenStream::new();
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = match response.body() {
            None => quote!(::core::option::Option::None),
            Some(field) => {
                let declared = field.body_doc.as_ref();
                let content_type = declared.and_then(|doc| doc.content_type.as_ref());
                match (declared.and_then(|doc| doc.schema.as_ref()), content_type) {
                    (Some(schema), content_type) => {
                        schemas.push(schema);
                        let content_type = content_type.map_or_else(|| quote!("application/json"), ToTokens::to_token_stream);
                        let span = schema.span();
                        registrations.extend(quote_spanned!(span=> #module::declared::<#schema>(#content_type, ::core::option::Option::Some(&mut *registry));));
                        quote_spanned!(span=> #module::declared::<#schema>(#content_type, ::core::option::Option::None))
                    }
                    (None, Some(content_type)) => quote!(#module::media_type(#content_type)),
                    (None, None) => {
                        bodies.push(field.ty);
                        let ty = field.ty;
                        registrations
                            .extend(quote_spanned!(ty.span()=> #module::payload::<#ty>(::core::option::Option::Some(&mut *registry));));
                        quote_spanned!(ty.span()=> #module::payload::<#ty>(::core::option::Option::None))
                    }
                }
            }
        };
        let doc = optional_str(response.doc.as_ref());
        let mut headers = Vec::new();
        for (field, header) in response.headers() {
            let name = header_name(krate, header);
            let doc = optional_str(field.doc.as_ref());
            let kind = crate::openapi::header_kind(field.ty);
            let kind = quote!(#module::HeaderKind::#kind);
            headers.push(quote! { #module::Header { name: #name, doc: #doc, kind: #kind } });
        }
        entries.push(quote! {
            #module::Entry { status: #status, doc: #doc, headers: ::std::vec![#(#headers),*], content: #content }
        });
    }
    let mut generics = input.generics.clone();
    add_bounds(input, &mut generics, &bodies, &quote!(#module::Body), poem_openapi_bounds());
    let schemas: Vec<&Type> = schemas;
    add_bounds(input, &mut generics, &schemas, &quote!(#module::Schema), poem_openapi_bounds());
    let registry = if registrations.is_empty() { quote!(_) } else { quote!(registry) };
    derived_impl(
        &generics,
        input.ident,
        &quote!(#module::ApiResponse),
        &quote! {
            fn meta() -> #module::MetaResponses {
                #module::responses(::std::vec![#(#entries),*])
            }

            fn register(#registry: &mut #module::Registry) {
                #registrations
            }
        },
    )
}

#[cfg(feature = "aide")]
/// `aide::OperationOutput`: `inferred_responses` lists one response per distinct status, with
/// the body's content as its own `OperationOutput` describes it (or as `#[body(..)]` declares
/// it) and typed header fields.
fn aide(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let ident = input.ident;
    let module = quote!(#krate::__private::aide);
    let mut bodies = Vec::new();
    let mut schemas = Vec::new();
    let mut entries = Vec::new();
    let (mut uses_context, mut uses_operation) = (false, false);
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = match response.body() {
            None => quote!(::std::vec::Vec::new()),
            Some(field) => {
                let declared = field.body_doc.as_ref();
                let content_type = declared.and_then(|doc| doc.content_type.as_ref());
                match (declared.and_then(|doc| doc.schema.as_ref()), content_type) {
                    (Some(schema), content_type) => {
                        uses_context = true;
                        schemas.push(schema);
                        let content_type = content_type.map_or_else(|| quote!("application/json"), ToTokens::to_token_stream);
                        let span = schema.span();
                        quote_spanned!(span=> #module::declared::<#schema>(ctx, #content_type))
                    }
                    (None, Some(content_type)) => quote!(#module::media_type(#content_type)),
                    (None, None) => {
                        (uses_context, uses_operation) = (true, true);
                        bodies.push(field.ty);
                        let ty = field.ty;
                        quote_spanned!(ty.span()=> #module::body::<#ty>(ctx, operation))
                    }
                }
            }
        };
        let doc = optional_str(response.doc.as_ref());
        let mut headers = Vec::new();
        for (field, header) in response.headers() {
            let name = header_name(krate, header);
            let doc = optional_str(field.doc.as_ref());
            let kind = crate::openapi::header_kind(field.ty);
            let kind = quote!(#module::HeaderKind::#kind);
            headers.push(quote! { #module::Header { name: #name, doc: #doc, kind: #kind } });
        }
        entries.push(quote! {
            #module::Entry { status: #status, doc: #doc, headers: ::std::vec![#(#headers),*], content: #content }
        });
    }
    let mut generics = input.generics.clone();
    add_bounds(input, &mut generics, &bodies, &quote!(#module::Body), aide_bounds());
    let schemas: Vec<&Type> = schemas;
    add_bounds(input, &mut generics, &schemas, &quote!(#module::Schema), aide_bounds());
    let ctx = if uses_context { quote!(ctx) } else { quote!(_) };
    let operation = if uses_operation { quote!(operation) } else { quote!(_) };
    derived_impl(
        &generics,
        ident,
        &quote!(#module::OperationOutput),
        &quote! {
            type Inner = Self;

            fn operation_response(ctx: &mut #module::GenContext, operation: &mut #module::Operation) -> ::core::option::Option<#module::Response> {
                #module::only(<Self as #module::OperationOutput>::inferred_responses(ctx, operation))
            }

            fn inferred_responses(#ctx: &mut #module::GenContext, #operation: &mut #module::Operation) -> ::std::vec::Vec<(::core::option::Option<u16>, #module::Response)> {
                #module::responses(::std::vec![#(#entries),*])
            }
        },
    )
}

fn optional_str(text: Option<&String>) -> TokenStream {
    if let Some(text) = text { quote!(::core::option::Option::Some(#text)) } else { quote!(::core::option::Option::None) }
}

/// `'__r, '__o: '__r` first among `generics`: the lifetimes of Rocket's `Responder<'r, 'o>`.
#[cfg(feature = "rocket")]
fn rocket_lifetimes(generics: &mut Generics) {
    let request = syn::Lifetime::new("'__r", proc_macro2::Span::call_site());
    let mut response = syn::LifetimeParam::new(syn::Lifetime::new("'__o", proc_macro2::Span::call_site()));
    response.bounds.push(request.clone());
    generics.params.insert(0, syn::GenericParam::Lifetime(response));
    generics.params.insert(0, syn::GenericParam::Lifetime(syn::LifetimeParam::new(request)));
}

/// `rocket::response::Responder<'__r, '__o>`: the body's own response, with the status and the
/// header fields applied.
#[cfg(feature = "rocket")]
fn rocket(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::rocket);
    let mut generics = framework_generics(input, &quote!(#module::Body<'__r, '__o>));
    rocket_lifetimes(&mut generics);
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in self::arms(input, statuses) {
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
#[cfg(feature = "rocket")]
fn rocket_impl(generics: &Generics, own: &Generics, ident: &Ident, items: &TokenStream, module: &TokenStream) -> TokenStream {
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = own.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #module::Responder<'__r, '__o> for #ident #ty_generics #where_clause {
            #items
        }
    }
}

/// `Call` when salvo-oapi is the only integration that describes bodies; `Optional` when another
/// framework or OpenAPI integration is on, whose bodies and schema types need not be salvo-oapi's.
#[cfg(feature = "salvo-oapi")]
fn salvo_oapi_bounds() -> Concrete {
    let others =
        [cfg!(feature = "axum"), cfg!(feature = "actix-web"), cfg!(feature = "poem"), cfg!(feature = "rocket"), cfg!(feature = "utoipa")];
    if others.into_iter().any(|on| on) { Concrete::Optional } else { Concrete::Call }
}

/// `salvo::Scribe`: the body rendered as salvo renders it, then the status and header fields.
#[cfg(feature = "salvo")]
fn salvo(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::salvo);
    let generics = framework_generics(input, &quote!(#module::Body));
    let mut arms = Vec::with_capacity(statuses.len());
    for Arm { pattern, head, body } in self::arms(input, statuses) {
        let call = if let Some(body) = body {
            quote!(#module::respond(#head, #body, response))
        } else {
            quote!(#module::respond_empty(#head, response))
        };
        arms.push(quote! { #pattern => #call });
    }
    let body = matches(input, &quote!(self), &arms);
    derived_impl(
        &generics,
        input.ident,
        &quote!(#module::Scribe),
        &quote! {
            fn render(self, response: &mut #module::Response) {
                #body
            }
        },
    )
}

/// `salvo_oapi::EndpointOutRegister`: one response per distinct status in the operation, each
/// body as its own `EndpointOutRegister` describes it (or as `#[body(..)]` declares it).
#[cfg(feature = "salvo-oapi")]
fn salvo_oapi(input: &Input<'_>, statuses: &[Ident]) -> TokenStream {
    let krate = &input.krate;
    let module = quote!(#krate::__private::salvo_oapi);
    let (mut bodies, mut schemas, mut entries) = (Vec::new(), Vec::new(), Vec::new());
    let mut uses_components = false;
    for (response, status) in input.responses.iter().zip(statuses) {
        let content = match response.body() {
            None => quote!(::std::vec::Vec::new()),
            Some(field) => {
                let declared = field.body_doc.as_ref();
                let content_type = declared.and_then(|doc| doc.content_type.as_ref());
                match (declared.and_then(|doc| doc.schema.as_ref()), content_type) {
                    (Some(schema), content_type) => {
                        uses_components = true;
                        schemas.push(schema);
                        let content_type = content_type.map_or_else(|| quote!("application/json"), ToTokens::to_token_stream);
                        let span = schema.span();
                        quote_spanned!(span=> #module::declared::<#schema>(components, #content_type))
                    }
                    (None, Some(content_type)) => quote!(#module::media_type(#content_type)),
                    (None, None) => {
                        uses_components = true;
                        bodies.push(field.ty);
                        let ty = field.ty;
                        quote_spanned!(ty.span()=> #module::body::<#ty>(components))
                    }
                }
            }
        };
        let doc = optional_str(response.doc.as_ref());
        let mut headers = Vec::new();
        for (field, header) in response.headers() {
            let name = header_name(krate, header);
            let doc = optional_str(field.doc.as_ref());
            let kind = crate::openapi::header_kind(field.ty);
            let kind = quote!(#module::HeaderKind::#kind);
            headers.push(quote! { #module::Header { name: #name, doc: #doc, kind: #kind } });
        }
        entries.push(quote! {
            #module::Entry { status: #status, doc: #doc, headers: ::std::vec![#(#headers),*], content: #content }
        });
    }
    let mut generics = input.generics.clone();
    add_bounds(input, &mut generics, &bodies, &quote!(#module::Body), salvo_oapi_bounds());
    let schemas: Vec<&Type> = schemas;
    add_bounds(input, &mut generics, &schemas, &quote!(#module::SchemaType), salvo_oapi_bounds());
    let components = if uses_components { quote!(components) } else { quote!(_) };
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
