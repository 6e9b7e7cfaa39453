//! With the `serde` feature: a status serializes as its number and deserializes from a number
//! the dataset knows.

use serde::de::{self, Deserialize, Deserializer, Unexpected};
use serde::ser::{Serialize, Serializer};

use crate::Status;

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
