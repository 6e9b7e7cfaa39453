//! A [`Record`] as the README's export schema writes it. Its plain parts (`Spec`, `HeaderRule`,
//! `Note`...) derive `Serialize`; the record, its aliases and its client facts are written here
//! because the schema adds what they imply: `registered`, each alias's `current`, the names by
//! ecosystem, and each client's source.
//!
//! Each impl takes its struct apart field by field, without `..`: a field added to the struct
//! does not compile until it is serialized here, so the export gains it by construction.

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::{Alias, Client, Ecosystem, Record, Redirect, Retry, Status};

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Record {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Record {
            code,
            reason,
            const_name,
            class,
            registration,
            registration_expires,
            obsoleted,
            iana_description,
            summary,
            description,
            legacy_reasons,
            cacheable_by_default,
            cacheable_elsewhere,
            body_allowed,
            spec,
            previous_specs,
            headers,
            methods,
            related,
            notes,
            origins,
            aliases,
            redirect,
            retried_by,
            null_body,
            current_aliases: _,
        } = self;
        let status = Status::from_u16(*code);
        let mut out = serializer.serialize_struct("Record", 27)?;
        out.serialize_field("code", code)?;
        out.serialize_field("reason", reason)?;
        out.serialize_field("class", class)?;
        out.serialize_field("const_name", const_name)?;
        out.serialize_field("registered", &status.is_some_and(Status::is_registered))?;
        out.serialize_field("registration", registration)?;
        out.serialize_field("registration_expires", registration_expires)?;
        out.serialize_field("obsoleted", obsoleted)?;
        out.serialize_field("iana_description", iana_description)?;
        out.serialize_field("summary", summary)?;
        out.serialize_field("description", description)?;
        out.serialize_field("spec", spec)?;
        out.serialize_field("previous_specs", previous_specs)?;
        out.serialize_field("legacy_reasons", legacy_reasons)?;
        out.serialize_field("cacheable_by_default", cacheable_by_default)?;
        out.serialize_field("cacheable_elsewhere", cacheable_elsewhere)?;
        out.serialize_field("body_allowed", body_allowed)?;
        out.serialize_field("headers", headers)?;
        out.serialize_field("methods", methods)?;
        out.serialize_field("related", related)?;
        out.serialize_field("notes", notes)?;
        out.serialize_field("origins", origins)?;
        out.serialize_field("aliases", &NamesByEcosystem(aliases))?;
        out.serialize_field("redirect", &RedirectFacts { status: status.is_some_and(Status::is_redirect), follows: redirect })?;
        out.serialize_field("retried_by", retried_by)?;
        out.serialize_field("null_body", null_body)?;
        out.serialize_field("alias_history", aliases)?;
        out.end()
    }
}

/// `{ "rails": [":no_content"], "go": [...], ... }`: every ecosystem, names current first.
struct NamesByEcosystem<'a>(&'a [Alias]);

impl Serialize for NamesByEcosystem<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_map(Some(Ecosystem::ALL.len()))?;
        for ecosystem in Ecosystem::ALL {
            out.serialize_entry(ecosystem.key(), &NamesIn(self.0, ecosystem))?;
        }
        out.end()
    }
}

/// One ecosystem's names, as a list of strings.
struct NamesIn<'a>(&'a [Alias], Ecosystem);

impl Serialize for NamesIn<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().filter(|alias| alias.ecosystem == self.1).map(|alias| alias.name))
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Alias {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Alias { ecosystem, name, since, legacy_since, removed_in, deprecated, note } = self;
        let mut out = serializer.serialize_struct("Alias", 8)?;
        out.serialize_field("ecosystem", ecosystem)?;
        out.serialize_field("name", name)?;
        out.serialize_field("current", &self.is_current())?;
        out.serialize_field("since", since)?;
        out.serialize_field("legacy_since", legacy_since)?;
        out.serialize_field("removed_in", removed_in)?;
        out.serialize_field("deprecated", deprecated)?;
        out.serialize_field("note", note)?;
        out.end()
    }
}

/// `{ status, follows }`: whether Fetch calls the code a redirect status, and who follows it.
struct RedirectFacts<'a> {
    status: bool,
    follows: &'a [Redirect],
}

impl Serialize for RedirectFacts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Redirects", 2)?;
        out.serialize_field("status", &self.status)?;
        out.serialize_field("follows", self.follows)?;
        out.end()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Redirect {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Redirect { client, method, since, until, note } = self;
        let mut out = serializer.serialize_struct("Redirect", 7)?;
        out.serialize_field("client", client)?;
        out.serialize_field("method", method)?;
        out.serialize_field("since", since)?;
        out.serialize_field("until", until)?;
        out.serialize_field("current", &self.is_current())?;
        out.serialize_field("note", note)?;
        out.serialize_field("source", &SourceOf(*client))?;
        out.end()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Retry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Retry { client, condition, methods, since, until } = self;
        let mut out = serializer.serialize_struct("Retry", 8)?;
        out.serialize_field("client", client)?;
        out.serialize_field("condition", condition)?;
        out.serialize_field("methods", methods)?;
        out.serialize_field("since", since)?;
        out.serialize_field("until", until)?;
        out.serialize_field("current", &self.is_current())?;
        out.serialize_field("retry_after_since", &client.info().honours_retry_after)?;
        out.serialize_field("source", &SourceOf(*client))?;
        out.end()
    }
}

/// Where a client's facts were read: its source, with the version read.
struct SourceOf(Client);

impl Serialize for SourceOf {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let info = self.0.info();
        let mut out = serializer.serialize_struct("ClientSource", 4)?;
        out.serialize_field("document", info.source.document)?;
        out.serialize_field("section", &info.source.section)?;
        out.serialize_field("url", info.source.url)?;
        out.serialize_field("version", info.version)?;
        out.end()
    }
}
