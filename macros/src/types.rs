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
            let arguments = match &segment.arguments {
                PathArguments::AngleBracketed(arguments) => arguments
                    .args
                    .iter()
                    .filter_map(|argument| match argument {
                        GenericArgument::Type(ty) => Some(ty),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            Some((segment.ident.to_string(), arguments))
        }
        _ => None,
    }
}

/// `Option<T>`, however the path to it is written.
pub(crate) fn is_option(ty: &Type) -> bool {
    !matches!(ty, Type::Reference(_)) && last_segment(ty).is_some_and(|(name, arguments)| name == "Option" && arguments.len() == 1)
}
