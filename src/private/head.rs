//! [`Head`]: the status and header fields of a derived response, before a framework builds it.

use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::{FieldValue, Status};

/// The status and the header fields of one response, in the order the fields are declared.
pub struct Head {
    pub status: Status,
    pub fields: Vec<(&'static str, Cow<'static, [u8]>)>,
}

impl Head {
    pub fn new(status: Status) -> Head {
        Head { status, fields: Vec::new() }
    }

    /// Adds the field unless the value says to leave it out.
    #[must_use]
    pub fn field<V: FieldValue>(mut self, name: &'static str, value: V) -> Head {
        if let Some(value) = value.into_field_value() {
            self.fields.push((name, value));
        }
        self
    }
}
