//! The tables `build.rs` generates from `data/`: the `Status` consts, the records, the code index
//! and the string maps. The lints below are relaxed for generated code only.
#![allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown, clippy::large_const_arrays)]

use crate::__private::ResponseRules;
use crate::client::{ClientInfo, ClientSource, Redirect, Retry};
use crate::record::{Alias, Ambiguity, CacheRule, HeaderRule, LegacyReason, Note, Origin, Record, Related, Source, Spec};
use crate::status::NO_RECORD;
use crate::{Class, Client, Ecosystem, MethodRewrite, NoteKind, Registration, Requirement, RetryCondition, Status};

include!(concat!(env!("OUT_DIR"), "/generated.rs"));
