//! Support for the code the `TypedResponse` derive expands to. Not public API: the derive and this
//! module are released together (`status-atlas` pins `status-atlas-macros` exactly), so anything
//! here may change in any release.

mod checks;
#[cfg(any(feature = "http", feature = "actix-web"))]
mod head;
mod message;
mod suggest;

#[cfg(feature = "actix-web")]
pub mod actix;
#[cfg(feature = "aide")]
pub mod aide;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "http")]
pub mod http;
#[cfg(any(feature = "utoipa", feature = "aide", feature = "poem-openapi", feature = "salvo-oapi"))]
mod openapi;
#[cfg(feature = "poem")]
pub mod poem;
#[cfg(feature = "poem-openapi")]
pub mod poem_openapi;
#[cfg(feature = "rocket")]
pub mod rocket;
#[cfg(feature = "salvo")]
pub mod salvo;
#[cfg(feature = "salvo-oapi")]
pub mod salvo_oapi;
#[cfg(feature = "utoipa")]
pub mod utoipa;

pub use checks::{ResponseRules, body_problem, from_alias, interim_problem, missing_header, optional_problem, requires};
#[cfg(any(feature = "http", feature = "actix-web"))]
pub use head::Head;
pub use message::Message;
pub use suggest::{alias, ecosystem, status_code};

/// The header fields the dataset names, as `#[header(NAME)]` takes them; any other field is
/// written as a string.
pub mod header {
    include!(concat!(env!("OUT_DIR"), "/header_fields.rs"));
}
