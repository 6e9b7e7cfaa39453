//! Checks that need no data: the spelling of names. Whether a status exists and suits its
//! variant is decided by const evaluation against `status_atlas`'s tables (see `expand.rs`).

use crate::ast::Input;
use crate::attr::{HeaderRef, StatusRef};

/// Every problem in `input`, in source order.
pub(crate) fn check(input: &Input<'_>) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    for response in &input.responses {
        if let StatusRef::Alias { ecosystem, .. } = &response.status
            && any_byte(&ecosystem.to_string(), u8::is_ascii_uppercase)
        {
            errors.push(syn::Error::new(
                ecosystem.span(),
                "ecosystem keys are lower case, as `Ecosystem::key` spells them: `rails`, `go`, `python_httpstatus`...",
            ));
        }
        for (_, header) in response.headers() {
            if let HeaderRef::Known(name) = header
                && any_byte(&name.to_string(), u8::is_ascii_lowercase)
            {
                errors.push(syn::Error::new(
                    name.span(),
                    format_args!(
                        "header fields the dataset knows are named in capitals, such as `{}`; write any other field as a string, such as `#[header(\"x-request-id\")]`",
                        name.to_string().to_ascii_uppercase()
                    ),
                ));
            }
        }
    }
    errors
}

/// Whether a byte of `text` passes `pick`: one instantiation of `any` for both checks.
fn any_byte(text: &str, pick: fn(&u8) -> bool) -> bool {
    text.bytes().any(|byte| pick(&byte))
}
