//! The vocabulary's words serialize as the keys `data/` and the export write: `client_error`,
//! `post_to_get`, `python_httpstatus`; a requirement level as its BCP 14 keyword, `MUST`.

use serde::ser::{Serialize, Serializer};

use crate::{Class, Client, Ecosystem, MethodRewrite, NoteKind, Registration, Requirement, RetryCondition};

macro_rules! serialize_as {
    ($($word:ty => $text:ident),+ $(,)?) => {$(
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl Serialize for $word {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.$text())
            }
        }
    )+};
}

serialize_as! {
    Class => key,
    Registration => key,
    NoteKind => key,
    Ecosystem => key,
    Client => key,
    MethodRewrite => key,
    RetryCondition => key,
    Requirement => keyword,
}
