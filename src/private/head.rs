//! [`Head`]: the status and header fields of a derived response, before a framework builds it.

use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::{FieldValue, InvalidFieldValue, Status};

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

/// Required header fields that may be empty: RFC 9110 §10.2.1 lets a 405's `Allow` list no
/// methods, for a resource that is switched off. Every other required field needs a value (a
/// 401 without a challenge tells the client nothing).
const MAY_BE_EMPTY: &[&str] = &["allow"];

impl Head {
    /// The first field the status requires that holds an empty value, as an error.
    pub(crate) fn check(&self) -> Result<(), InvalidFieldValue> {
        match self
            .fields
            .iter()
            .find(|(name, value)| value.is_empty() && super::requires(self.status, name) && !MAY_BE_EMPTY.contains(name))
        {
            Some((name, _)) => Err(InvalidFieldValue::empty(name, self.status)),
            None => Ok(()),
        }
    }
}
