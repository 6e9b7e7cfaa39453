//! What a field's type looks like, read from its tokens: enough to tell an `Option`, an integer
//! or a `Json<T>` apart, as utoipa's own derives do. Type aliases are not seen through.

use syn::{GenericArgument, PathArguments, Type};

/// The last segment's name and its type arguments, for a path type such as `std::vec::Vec<T>`;
/// references and parentheses are looked through.
pub(crate) fn last_segment(ty: &Type) -> Option<(String, Vec<&Type>)> {
    match ty {
        Type::Reference(reference) => last_segment(&reference.elem),
        Type::Paren(inner) => last_segment(&inner.elem),
        Type::Group(inner) => last_segment(&inner.elem),
        Type::Path(path) if path.qself.is_none() => {
            let segment = path.path.segments.last()?;
            let mut arguments = Vec::new();
            if let PathArguments::AngleBracketed(angle) = &segment.arguments {
                for argument in &angle.args {
                    if let GenericArgument::Type(ty) = argument {
                        arguments.push(ty);
                    }
                }
            }
            Some((segment.ident.to_string(), arguments))
        }
        _ => None,
    }
}

/// `Option<T>`, however the path to it is written.
pub(crate) fn is_option(ty: &Type) -> bool {
    !matches!(ty, Type::Reference(_)) && last_segment(ty).is_some_and(|(name, arguments)| name == "Option" && arguments.len() == 1)
}

/// `ty` without references, parentheses and invisible groups around it.
pub(crate) fn strip(ty: &Type) -> &Type {
    match ty {
        Type::Reference(reference) => strip(&reference.elem),
        Type::Paren(inner) => strip(&inner.elem),
        Type::Group(inner) => strip(&inner.elem),
        _ => ty,
    }
}

/// How a body field's type is sent, as far as its name tells.
pub(crate) enum BodyKind<'a> {
    /// `Json<T>` (axum's or actix-web's): `application/json` holding a `T`.
    Json(&'a Type),
    /// A string: `text/plain`.
    Text,
    /// Bytes: `application/octet-stream`.
    Bytes,
    /// Anything else: the derive cannot tell its media type.
    Other,
}

pub(crate) fn body_kind(ty: &Type) -> BodyKind<'_> {
    if let Type::Slice(slice) = strip(ty)
        && last_segment(&slice.elem).is_some_and(|(name, _)| name == "u8")
    {
        return BodyKind::Bytes;
    }
    match last_segment(ty) {
        Some((name, arguments)) if name == "Json" && arguments.len() == 1 => BodyKind::Json(arguments[0]),
        Some((name, arguments)) if name == "String" || name == "str" || (name == "Cow" && arguments.is_empty()) => BodyKind::Text,
        Some((name, arguments))
            if name == "Cow" && arguments.len() == 1 && last_segment(arguments[0]).is_some_and(|(inner, _)| inner == "str") =>
        {
            BodyKind::Text
        }
        Some((name, arguments)) if name == "Bytes" || (name == "Vec" && arguments.len() == 1 && is_named(arguments[0], "u8")) => {
            BodyKind::Bytes
        }
        _ => BodyKind::Other,
    }
}

fn is_named(ty: &Type, wanted: &str) -> bool {
    last_segment(ty).is_some_and(|(name, _)| name == wanted)
}

/// How a header field's value reads in OpenAPI, looking through `Option`.
pub(crate) enum HeaderKind {
    Text,
    Integer,
    /// An unsigned integer: never below zero.
    Unsigned,
    /// A `Duration`, sent as whole seconds.
    Seconds,
    /// A `SystemTime`, sent as an HTTP-date.
    HttpDate,
}

pub(crate) fn header_kind(ty: &Type) -> HeaderKind {
    match last_segment(ty) {
        Some((name, arguments)) if name == "Option" && arguments.len() == 1 => header_kind(arguments[0]),
        Some((name, _)) if INTEGERS.contains(&name.as_str()) => {
            if name.starts_with('u') {
                HeaderKind::Unsigned
            } else {
                HeaderKind::Integer
            }
        }
        Some((name, _)) if name == "Duration" => HeaderKind::Seconds,
        Some((name, _)) if name == "SystemTime" => HeaderKind::HttpDate,
        _ => HeaderKind::Text,
    }
}

const INTEGERS: [&str; 12] = ["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize"];

/// What a type is in a JSON schema, as utoipa's derives tell it by name.
pub(crate) enum SchemaKind<'a> {
    /// A list of the type: `Vec<T>`, `[T]`, sets.
    Array(&'a Type),
    /// The same schema as the type: `Option<T>`, `Box<T>`, `Arc<T>`...
    Transparent(&'a Type),
    /// A schema utoipa writes inline: strings, numbers, maps, `serde_json::Value`.
    Inline,
    /// A named schema, referenced with `$ref` and listed in components.
    Named,
}

pub(crate) fn schema_kind(ty: &Type) -> SchemaKind<'_> {
    match strip(ty) {
        Type::Slice(slice) => return SchemaKind::Array(&slice.elem),
        Type::Array(array) => return SchemaKind::Array(&array.elem),
        Type::Tuple(tuple) if tuple.elems.is_empty() => return SchemaKind::Inline,
        _ => {}
    }
    match last_segment(ty) {
        Some((name, arguments)) if arguments.len() == 1 && ARRAYS.contains(&name.as_str()) => SchemaKind::Array(arguments[0]),
        Some((name, arguments)) if arguments.len() == 1 && WRAPPERS.contains(&name.as_str()) => SchemaKind::Transparent(arguments[0]),
        Some((name, _)) if INLINE.contains(&name.as_str()) || INTEGERS.contains(&name.as_str()) => SchemaKind::Inline,
        _ => SchemaKind::Named,
    }
}

const ARRAYS: [&str; 6] = ["Vec", "VecDeque", "LinkedList", "HashSet", "BTreeSet", "IndexSet"];
const WRAPPERS: [&str; 6] = ["Option", "Box", "Rc", "Arc", "Cow", "RefCell"];
const INLINE: [&str; 10] = ["String", "str", "bool", "char", "f32", "f64", "Value", "HashMap", "BTreeMap", "IndexMap"];
