//! Derive macros for [status-atlas](https://docs.rs/status-atlas).
//!
//! This crate is a placeholder for the `TypedResponse` derive, which is not built yet; it
//! exports nothing. Depend on `status-atlas`, which will re-export the derive.
