//! With the `serde` feature: a status serializes as its number and deserializes from a number
//! the dataset knows; its [`Record`](crate::Record), and everything the record holds, serialize
//! with the field names and order of the README's export schema.

mod record;
mod vocabulary;

use serde::de::{self, Deserialize, Deserializer, Unexpected};
use serde::ser::{Serialize, Serializer};

use crate::Status;

/// A status serializes as its number, `204`. Everything the dataset holds about it is its
/// [`Record`](crate::Record): serialize `status.record()` for the whole entry, with the field
/// names and order of the export schema (the README's "Export schema").
///
/// ```
/// # use status_atlas::Status;
/// assert_eq!(serde_json::to_string(&Status::NO_CONTENT).unwrap(), "204");
/// let record = serde_json::to_value(Status::NO_CONTENT.record()).unwrap();
/// assert_eq!(record["reason"], "No Content");
/// assert_eq!(record["aliases"]["go"][0], "http.StatusNoContent");
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        let code = u16::deserialize(deserializer)?;
        Status::from_u16(code)
            .ok_or_else(|| de::Error::invalid_value(Unexpected::Unsigned(code.into()), &"a status code in the status-atlas dataset"))
    }
}
