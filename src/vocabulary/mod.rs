//! The closed sets of words the dataset is written in: classes, ecosystems, registrations,
//! requirement levels, note kinds and clients (with their redirect and retry words), each one
//! table, plus how lookups fold text.
//!
//! Everything here is plain `core` code with no reference to the rest of the crate, because
//! `build/` compiles this folder too (through `#[path]`): the build step reads `data/` with these
//! keys and the library answers with these enums, so the two cannot disagree. Adding a value is
//! one row in one table.

#[macro_use]
mod keyed;

pub(crate) mod class;
pub(crate) mod client;
pub(crate) mod ecosystem;
pub(crate) mod lookup_text;
pub(crate) mod note_kind;
pub(crate) mod registration;
pub(crate) mod requirement;

pub use class::Class;
pub use client::{Client, MethodRewrite, RetryCondition};
pub use ecosystem::Ecosystem;
pub use note_kind::NoteKind;
pub use registration::Registration;
pub use requirement::Requirement;
