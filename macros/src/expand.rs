//! The expansion: one checked `Status` const per response, the `TypedResponse` impl, and the
//! framework impls that the enabled features ask for.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident};

use crate::ast::{Input, Response, Shape};
use crate::attr::{HeaderRef, StatusRef};
use crate::{fallback, integrations, valid};

pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let parsed = match Input::from_syn(input) {
        Ok(parsed) => parsed,
        Err(errors) => return fallback::expand(input, errors),
    };
    let errors = valid::check(&parsed);
    if !errors.is_empty() {
        return fallback::expand(input, errors);
    }
    expand(&parsed)
}

fn expand(input: &Input<'_>) -> TokenStream {
    let krate = &input.krate;
    let mut names = Vec::with_capacity(input.responses.len());
    let mut consts = TokenStream::new();
    let mut arms = TokenStream::new();
    for response in &input.responses {
        let name = status_ident(input, response);
        consts.extend(status_const(input, &name, response));
        let pattern = pattern(input, response, &[]);
        arms.extend(quote! { #pattern => #name, });
        names.push(name);
    }
    let body = match input.shape {
        // An enum without variants has no values.
        Shape::Enum if input.responses.is_empty() => quote! { match *self {} },
        _ => quote! { match self { #arms } },
    };
    let typed = integrations::derived_impl(
        input.generics,
        input.ident,
        &quote!(#krate::TypedResponse),
        &quote! {
            const STATUSES: &'static [#krate::Status] = &[#(#names),*];

            #[inline]
            fn status(&self) -> #krate::Status {
                #body
            }
        },
    );
    let integrations = integrations::expand(input, &names);
    quote! {
        // One block holds the checked consts and the impls, so no name leaks into the user's module.
        const _: () = {
            #consts
            #typed
            #integrations
        };
    }
}

/// `status_of_Deleted`: named after the variant (or struct), so rustc's "evaluation of
/// `_::status_of_Deleted` failed here" says which response broke a rule.
fn status_ident(input: &Input<'_>, response: &Response<'_>) -> Ident {
    let name = response.variant.unwrap_or(input.ident).unraw();
    format_ident!("status_of_{}", name, span = Span::call_site())
}

/// The pattern that matches `response` (`Type::Variant { .. }` or `Type { .. }`), binding the
/// listed fields to `__field_{member}`.
pub(crate) fn pattern(input: &Input<'_>, response: &Response<'_>, bind: &[&syn::Member]) -> TokenStream {
    let ident = input.ident;
    let path = match response.variant {
        Some(variant) if input.shape == Shape::Enum => quote!(#ident::#variant),
        _ => quote!(#ident),
    };
    let mut bindings = TokenStream::new();
    for member in bind {
        let binding = binding(member);
        bindings.extend(quote!(#member: #binding,));
    }
    quote! { #path { #bindings .. } }
}

pub(crate) fn binding(member: &syn::Member) -> Ident {
    match member {
        syn::Member::Named(ident) => format_ident!("__field_{}", ident),
        syn::Member::Unnamed(index) => format_ident!("__field_{}", index.index),
    }
}

/// `const status_of_Variant: Status = { resolve; check; status };`. Each check panics at the
/// user's token with a message from the dataset; the first failing check stops the const, so one
/// bad status gives one error. An `Option` field for a header field the status requires is
/// checked here too, by the type's name.
fn status_const(input: &Input<'_>, name: &Ident, response: &Response<'_>) -> TokenStream {
    let krate = &input.krate;
    let resolve = resolve(krate, &response.status);
    let status_span = response.status.span();
    let interim = check(status_span, &quote_spanned!(status_span=> #krate::__private::interim_problem(status)), false);
    let body = response.body().map(|field| check(field.span, &quote_spanned!(field.span=> #krate::__private::body_problem(status)), false));
    let mut header_names = TokenStream::new();
    let mut optional = TokenStream::new();
    for (field, header) in response.headers() {
        let name = header_name(krate, header);
        if crate::types::is_option(field.ty) {
            let span = field.ty.span();
            optional.extend(check(span, &quote_spanned!(span=> #krate::__private::optional_problem(status, #name)), true));
        }
        // Separators spanned as the list they sit in, as `#(..),*` in that span would.
        if !header_names.is_empty() {
            header_names.extend(quote_spanned!(status_span=> ,));
        }
        header_names.extend(name);
    }
    let headers = check(status_span, &quote_spanned!(status_span=> #krate::__private::missing_header(status, &[#header_names])), false);
    quote! {
        #[allow(non_upper_case_globals)]
        const #name: #krate::Status = {
            let status = #resolve;
            #interim
            #body
            #headers
            #optional
            status
        };
    }
}

/// `if let Some(message) = problem { panic!("{}", message) }`, spanned at `span`; `as_str` for
/// a problem that returns a `String`-like message rather than a `&str`.
fn check(span: Span, problem: &TokenStream, as_str: bool) -> TokenStream {
    let message = if as_str { quote_spanned!(span=> message.as_str()) } else { quote_spanned!(span=> message) };
    quote_spanned! {span=>
        if let ::core::option::Option::Some(message) = #problem {
            ::core::panic!("{}", #message);
        }
    }
}

/// An expression for the lower-cased header field name.
pub(crate) fn header_name(krate: &syn::Path, header: &HeaderRef) -> TokenStream {
    match header {
        HeaderRef::Known(name) => quote_spanned!(name.span()=> #krate::__private::header::#name),
        HeaderRef::Named(literal, lower) => quote_spanned!(literal.span()=> #lower),
    }
}

/// An expression for the `Status`, panicking in const evaluation if the dataset lacks it.
fn resolve(krate: &syn::Path, status: &StatusRef) -> TokenStream {
    match status {
        StatusRef::Name(name) => quote_spanned!(name.span()=> #krate::Status::#name),
        StatusRef::Code(literal, code) => {
            let code = proc_macro2::Literal::u16_unsuffixed(*code);
            let span = literal.span();
            or_message(span, &quote_spanned!(span=> #krate::__private::status_code(#code)))
        }
        StatusRef::Alias { ecosystem, name } => {
            // Both looked up by const evaluation, each failing at its own token with a message
            // that names the closest key or name: the dataset stays in status_atlas.
            let key = syn::LitStr::new(&ecosystem.unraw().to_string(), ecosystem.span());
            let ecosystem = or_message(ecosystem.span(), &quote_spanned!(ecosystem.span()=> #krate::__private::ecosystem(#key)));
            let span = name.span();
            or_message(span, &quote_spanned!(span=> #krate::__private::alias(#ecosystem, #name)))
        }
    }
}

/// `match lookup { Ok(value) => value, Err(message) => panic!("{}", message.as_str()) }`, spanned
/// at `span`.
fn or_message(span: Span, lookup: &TokenStream) -> TokenStream {
    quote_spanned! {span=>
        match #lookup {
            ::core::result::Result::Ok(value) => value,
            ::core::result::Result::Err(message) => ::core::panic!("{}", message.as_str()),
        }
    }
}
