//! A typed view of the derive input: the responses (one per variant, or the struct) and the role
//! of each of their fields.

use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, Member, Type};

use crate::attr::{self, BodyDoc, HeaderRef, StatusRef};

/// The input, with every problem found while reading it.
pub(crate) struct Input<'a> {
    pub(crate) ident: &'a Ident,
    /// The path to status-atlas: `::status_atlas`, or `#[status_atlas(crate = "..")]`.
    pub(crate) krate: syn::Path,
    pub(crate) generics: &'a syn::Generics,
    pub(crate) shape: Shape,
    pub(crate) responses: Vec<Response<'a>>,
}

/// Whether the responses are an enum's variants or the struct itself.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Enum,
    Struct,
}

/// One status: an enum variant, or the whole struct.
pub(crate) struct Response<'a> {
    /// The variant; `None` for a struct.
    pub(crate) variant: Option<&'a Ident>,
    pub(crate) status: StatusRef,
    pub(crate) fields: Vec<Field<'a>>,
    /// The doc comment, for OpenAPI descriptions.
    pub(crate) doc: Option<String>,
}

pub(crate) struct Field<'a> {
    pub(crate) member: Member,
    pub(crate) ty: &'a Type,
    pub(crate) role: Role,
    pub(crate) span: Span,
    /// The doc comment, for a header field's OpenAPI description.
    pub(crate) doc: Option<String>,
    /// `#[body(..)]`, on the body field only.
    pub(crate) body_doc: Option<BodyDoc>,
}

/// What a field is for in the response.
pub(crate) enum Role {
    Body,
    Header(HeaderRef),
    /// `()` and `PhantomData<..>`: carries nothing.
    Nothing,
}

impl Response<'_> {
    pub(crate) fn body(&self) -> Option<&Field<'_>> {
        self.fields.iter().find(|field| matches!(field.role, Role::Body))
    }

    pub(crate) fn headers(&self) -> impl Iterator<Item = (&Field<'_>, &HeaderRef)> {
        self.fields.iter().filter_map(|field| match &field.role {
            Role::Header(header) => Some((field, header)),
            _ => None,
        })
    }
}

impl Input<'_> {
    /// Whether `ty` names one of the type's generic parameters (type, lifetime or const): such a
    /// type can only be checked inside the impls, where the parameters are in scope.
    pub(crate) fn is_generic(&self, ty: &Type) -> bool {
        let mut params = Vec::with_capacity(self.generics.params.len());
        for param in &self.generics.params {
            params.push(match param {
                syn::GenericParam::Type(param) => &param.ident,
                syn::GenericParam::Lifetime(param) => &param.lifetime.ident,
                syn::GenericParam::Const(param) => &param.ident,
            });
        }
        mentions(ty.to_token_stream(), &params)
    }
}

fn mentions(tokens: proc_macro2::TokenStream, params: &[&Ident]) -> bool {
    for token in tokens {
        let found = match token {
            proc_macro2::TokenTree::Ident(ident) => params.iter().any(|param| **param == ident),
            proc_macro2::TokenTree::Group(group) => mentions(group.stream(), params),
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

impl<'a> Input<'a> {
    /// Reads `input`; the errors are every problem found, in source order.
    pub(crate) fn from_syn(input: &'a DeriveInput) -> Result<Input<'a>, Vec<syn::Error>> {
        let mut errors = Vec::new();
        let krate = attr::krate(&input.attrs, &mut errors);
        let (shape, responses) = match &input.data {
            Data::Enum(data) => {
                attr::reject(
                    &input.attrs,
                    "status",
                    "put `#[status(..)]` on each variant: every variant of a response enum has its own status",
                    &mut errors,
                );
                let mut responses = Vec::with_capacity(data.variants.len());
                for variant in &data.variants {
                    let status = attr::status(&variant.attrs, &mut errors);
                    attr::reject(&variant.attrs, "header", "`#[header(..)]` goes on a field of the variant, not the variant", &mut errors);
                    attr::reject(&variant.attrs, "body", "`#[body(..)]` goes on the variant's body field", &mut errors);
                    let fields = fields(&variant.fields, &mut errors);
                    match status {
                        Some(status) => {
                            responses.push(Response { variant: Some(&variant.ident), status, fields, doc: attr::doc(&variant.attrs) });
                        }
                        None if !has_attr(&variant.attrs, "status") => errors.push(syn::Error::new(
                            variant.ident.span(),
                            format_args!("variant `{}` has no status; add one such as `#[status(OK)]` or `#[status(404)]`", variant.ident),
                        )),
                        None => {}
                    }
                }
                (Shape::Enum, responses)
            }
            Data::Struct(data) => {
                attr::reject(&input.attrs, "header", "`#[header(..)]` goes on a field, not the struct", &mut errors);
                attr::reject(&input.attrs, "body", "`#[body(..)]` goes on the struct's body field", &mut errors);
                let status = attr::status(&input.attrs, &mut errors);
                let fields = fields(&data.fields, &mut errors);
                if status.is_none() && !has_attr(&input.attrs, "status") {
                    errors.push(syn::Error::new(
                        input.ident.span(),
                        format_args!("struct `{}` has no status; add one such as `#[status(CREATED)]` above it", input.ident),
                    ));
                }
                let mut responses = Vec::with_capacity(1);
                if let Some(status) = status {
                    responses.push(Response { variant: None, status, fields, doc: attr::doc(&input.attrs) });
                }
                (Shape::Struct, responses)
            }
            Data::Union(data) => {
                errors.push(syn::Error::new(
                    data.union_token.span,
                    "a union cannot be a `TypedResponse`: nothing tells which field is set; use an enum with a `#[status(..)]` on each variant",
                ));
                (Shape::Struct, Vec::new())
            }
        };
        if errors.is_empty() { Ok(Input { ident: &input.ident, krate, generics: &input.generics, shape, responses }) } else { Err(errors) }
    }
}

fn has_attr(attrs: &[syn::Attribute], name: &str) -> bool {
    attr::named(attrs, name).next().is_some()
}

fn fields<'a>(fields: &'a Fields, errors: &mut Vec<syn::Error>) -> Vec<Field<'a>> {
    let mut read = Vec::new();
    let mut body: Option<Member> = None;
    for (index, field) in fields.iter().enumerate() {
        attr::reject(&field.attrs, "status", "`#[status(..)]` goes on a variant or a struct, not a field", errors);
        let member = match &field.ident {
            Some(ident) => Member::Named(ident.clone()),
            None => Member::Unnamed(index.into()),
        };
        let span = field.ident.as_ref().map_or_else(|| field.ty.span(), Spanned::span);
        let role = match attr::header(&field.attrs, errors) {
            Some(header) => Role::Header(header),
            None if carries_nothing(&field.ty) => Role::Nothing,
            None => {
                if let Some(first) = &body {
                    errors.push(syn::Error::new(
                        span,
                        format_args!(
                            "a second body field (the first is `{}`); a response has one body, so mark header fields `#[header(..)]` or group the data in one type",
                            describe(first)
                        ),
                    ));
                }
                body.get_or_insert_with(|| member.clone());
                Role::Body
            }
        };
        let body_doc = attr::body(&field.attrs, errors);
        if body_doc.is_some() && !matches!(role, Role::Body) {
            errors.push(syn::Error::new(span, "`#[body(..)]` goes on the body field, the one field without `#[header(..)]`"));
        }
        read.push(Field { member, ty: &field.ty, role, span, doc: attr::doc(&field.attrs), body_doc });
    }
    read
}

fn describe(member: &Member) -> String {
    match member {
        Member::Named(ident) => ident.to_string(),
        Member::Unnamed(index) => index.index.to_string(),
    }
}

/// `()` and `PhantomData<..>` fields hold no data to send.
fn carries_nothing(ty: &Type) -> bool {
    match ty {
        Type::Tuple(tuple) => tuple.elems.is_empty(),
        Type::Path(path) => path.qself.is_none() && path.path.segments.last().is_some_and(|segment| segment.ident == "PhantomData"),
        Type::Paren(inner) => carries_nothing(&inner.elem),
        Type::Group(inner) => carries_nothing(&inner.elem),
        _ => false,
    }
}
