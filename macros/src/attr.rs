//! Parses `#[status(..)]` and `#[header(..)]`.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitInt, LitStr, Token};

/// What a `#[status(..)]` names.
pub(crate) enum StatusRef {
    /// `#[status(NO_CONTENT)]`: a `Status` const.
    Name(Ident),
    /// `#[status(404)]`.
    Code(LitInt, u16),
    /// `#[status(rails = "not_found")]`.
    Alias { ecosystem: Ident, name: LitStr },
}

impl StatusRef {
    /// The span errors about this status point at.
    pub(crate) fn span(&self) -> Span {
        match self {
            StatusRef::Name(name) => name.span(),
            StatusRef::Code(code, _) => code.span(),
            StatusRef::Alias { name, .. } => name.span(),
        }
    }
}

const STATUS_FORMS: &str =
    "a `Status` const such as `NO_CONTENT`, a code such as `404`, or a name from another ecosystem such as `rails = \"not_found\"`";

impl Parse for StatusRef {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(input.error(format_args!("`#[status(..)]` needs a status: {STATUS_FORMS}")));
        }
        let lookahead = input.lookahead1();
        let status = if lookahead.peek(LitInt) {
            let literal: LitInt = input.parse()?;
            StatusRef::Code(literal.clone(), code(&literal)?)
        } else if lookahead.peek(Ident) {
            let ident: Ident = input.parse()?;
            if input.peek(Token![=]) {
                input.parse::<Token![=]>()?;
                let name = input.parse::<LitStr>().map_err(|error| {
                    syn::Error::new(error.span(), format_args!("expected the `{ident}` name as a string, such as `{ident} = \"...\"`"))
                })?;
                StatusRef::Alias { ecosystem: ident, name }
            } else {
                StatusRef::Name(ident)
            }
        } else if input.peek(LitStr) {
            let phrase: LitStr = input.parse()?;
            return Err(syn::Error::new(phrase.span(), format_args!("`#[status(..)]` does not take reason phrases; use {STATUS_FORMS}")));
        } else {
            return Err(syn::Error::new(input.span(), format_args!("expected {STATUS_FORMS}")));
        };
        if !input.is_empty() {
            return Err(input.error("`#[status(..)]` takes one status; a variant with another status is another variant"));
        }
        Ok(status)
    }
}

/// A three-digit code without suffix; whether the dataset has it is for const evaluation.
fn code(literal: &LitInt) -> syn::Result<u16> {
    let mut code: u16 = 0;
    // Three characters written, so at most three digits: no overflow. Read by hand because
    // `base10_parse` brings in the generic `FromStr` machinery for one number.
    if literal.suffix().is_empty() && literal.to_string().len() == 3 {
        for digit in literal.base10_digits().bytes() {
            code = code * 10 + u16::from(digit - b'0');
        }
    }
    if code >= 100 {
        Ok(code)
    } else {
        Err(syn::Error::new(literal.span(), "a status code is written as three decimal digits, such as `404`"))
    }
}

/// The header field a `#[header(..)]` field carries.
pub(crate) enum HeaderRef {
    /// `#[header(ALLOW)]`: a field the dataset knows, by its const name.
    Known(Ident),
    /// `#[header("x-request-id")]`, stored lower-cased.
    Named(LitStr, String),
}

impl Parse for HeaderRef {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        const FORMS: &str = "a header field such as `ALLOW` or `\"x-request-id\"`";
        if input.is_empty() {
            return Err(input.error(format_args!("`#[header(..)]` needs {FORMS}")));
        }
        let lookahead = input.lookahead1();
        let header = if lookahead.peek(Ident) {
            HeaderRef::Known(input.parse()?)
        } else if lookahead.peek(LitStr) {
            let literal: LitStr = input.parse()?;
            let name = literal.value();
            if name.is_empty() || !name.bytes().all(is_tchar) {
                return Err(syn::Error::new(literal.span(), "a header field name is one or more letters, digits or `!#$%&'*+-.^_`|~`"));
            }
            HeaderRef::Named(literal, name.to_ascii_lowercase())
        } else {
            return Err(lookahead.error());
        };
        if !input.is_empty() {
            return Err(input.error("`#[header(..)]` takes one header field; give each field its own"));
        }
        Ok(header)
    }
}

/// RFC 9110 section 5.6.2's `tchar`.
fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// The one `#[status(..)]` among `attrs`, if any.
pub(crate) fn status(attrs: &[Attribute], errors: &mut Vec<syn::Error>) -> Option<StatusRef> {
    let mut found = None;
    for attr in named(attrs, "status") {
        match attr.parse_args::<StatusRef>().or_else(|error| reparse_bare(attr, error)) {
            Ok(status) if found.is_none() => found = Some(status),
            Ok(_) => errors.push(syn::Error::new_spanned(attr, "a second `#[status(..)]`; each variant has exactly one status")),
            Err(error) => errors.push(error),
        }
    }
    found
}

/// `#[status]` and `#[status = ..]` have no argument list to parse.
fn reparse_bare(attr: &Attribute, error: syn::Error) -> syn::Result<StatusRef> {
    match &attr.meta {
        syn::Meta::List(_) => Err(error),
        _ => Err(syn::Error::new_spanned(attr, format_args!("write the status in parentheses: `#[status(..)]` with {STATUS_FORMS}"))),
    }
}

/// The `#[header(..)]` of a field, if any.
pub(crate) fn header(attrs: &[Attribute], errors: &mut Vec<syn::Error>) -> Option<HeaderRef> {
    let mut found = None;
    for attr in named(attrs, "header") {
        let parsed = match &attr.meta {
            syn::Meta::List(_) => attr.parse_args::<HeaderRef>(),
            _ => Err(syn::Error::new_spanned(attr, "name the header field in parentheses, such as `#[header(ALLOW)]`")),
        };
        match parsed {
            Ok(header) if found.is_none() => found = Some(header),
            Ok(_) => {
                errors.push(syn::Error::new_spanned(attr, "a second `#[header(..)]` on one field; give each header field its own field"));
            }
            Err(error) => errors.push(error),
        }
    }
    found
}

/// The `#[name]` attributes among `attrs`; one filter shared by every reader here.
pub(crate) fn named<'a>(attrs: &'a [Attribute], name: &'a str) -> impl Iterator<Item = &'a Attribute> {
    attrs.iter().filter(move |attr| attr.path().is_ident(name))
}

/// Reports `#[name]` attributes where they have no meaning.
pub(crate) fn reject(attrs: &[Attribute], name: &str, message: &str, errors: &mut Vec<syn::Error>) {
    for attr in named(attrs, name) {
        errors.push(syn::Error::new_spanned(attr, message));
    }
}

/// The lines of the `///` comments in `attrs`, trimmed, one per line.
pub(crate) fn doc(attrs: &[Attribute]) -> Option<String> {
    // Pushed into one string, not joined: `join` is a large instantiation for one call.
    let mut joined = String::new();
    let mut first = true;
    for attr in attrs {
        if attr.path().is_ident("doc")
            && let syn::Meta::NameValue(meta) = &attr.meta
            && let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &meta.value
        {
            if !first {
                joined.push('\n');
            }
            first = false;
            joined.push_str(text.value().trim());
        }
    }
    let text = joined.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// `#[status_atlas(crate = "path")]`: where status-atlas is, for crates that rename or re-export
/// it; `::status_atlas` otherwise.
pub(crate) fn krate(attrs: &[Attribute], errors: &mut Vec<syn::Error>) -> syn::Path {
    let mut krate = None;
    for attr in named(attrs, "status_atlas") {
        let parsed = nested_meta(attr, &mut |meta| {
            if meta.path.is_ident("crate") {
                let path: LitStr = meta.value()?.parse()?;
                krate = Some(path.parse::<syn::Path>()?);
                Ok(())
            } else {
                Err(meta.error("the one `#[status_atlas(..)]` option is `crate = \"path\"`"))
            }
        });
        if let Err(error) = parsed {
            errors.push(error);
        }
    }
    krate.unwrap_or_else(|| {
        // `::status_atlas`, built rather than parsed: `parse_quote` would instantiate syn's
        // path parser a second time for a constant.
        let mut path = syn::Path::from(Ident::new("status_atlas", Span::call_site()));
        path.leading_colon = Some(<Token![::]>::default());
        path
    })
}

/// `parse_nested_meta` through a trait object: one instantiation of syn's generic parser for
/// both callers instead of one per closure.
fn nested_meta(attr: &Attribute, logic: &mut dyn FnMut(ParseNestedMeta<'_>) -> syn::Result<()>) -> syn::Result<()> {
    attr.parse_nested_meta(logic)
}

/// `#[body(content_type = "..", schema = Type)]` on a body field: how OpenAPI describes it when
/// its type does not say (anything but `Json<T>`, strings and bytes).
pub(crate) struct BodyDoc {
    pub(crate) content_type: Option<LitStr>,
    pub(crate) schema: Option<syn::Type>,
}

/// The `#[body(..)]` of a field, if any.
pub(crate) fn body(attrs: &[Attribute], errors: &mut Vec<syn::Error>) -> Option<BodyDoc> {
    let mut found = None;
    for attr in named(attrs, "body") {
        if found.is_some() {
            errors.push(syn::Error::new_spanned(attr, "a second `#[body(..)]`; put `content_type` and `schema` in one"));
            continue;
        }
        let mut doc = BodyDoc { content_type: None, schema: None };
        let parsed = nested_meta(attr, &mut |meta| {
            if meta.path.is_ident("content_type") {
                doc.content_type = Some(meta.value()?.parse()?);
                Ok(())
            } else if meta.path.is_ident("schema") {
                doc.schema = Some(meta.value()?.parse()?);
                Ok(())
            } else {
                Err(meta.error("`#[body(..)]` takes `content_type = \"media/type\"` and `schema = Type`"))
            }
        });
        match parsed {
            Ok(()) if doc.content_type.is_none() && doc.schema.is_none() => {
                errors.push(syn::Error::new_spanned(attr, "`#[body(..)]` needs `content_type = \"media/type\"`, `schema = Type`, or both"));
            }
            Ok(()) => found = Some(doc),
            Err(error) => errors.push(error),
        }
    }
    found
}
