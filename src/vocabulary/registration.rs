//! How a code stands in the IANA registry.

keyed_enum! {
    /// How a code stands in the IANA HTTP Status Code Registry.
    #[non_exhaustive]
    pub enum Registration {
        /// Registered.
        Permanent = "permanent",
        /// Provisionally registered while its specification is a draft (such as 104).
        Temporary = "temporary",
        /// Registered as "(Unused)" so it is never reassigned (306 and 418).
        Reserved = "reserved",
        /// Not registered: a code used by some servers or services on their own.
        Unofficial = "unofficial",
    }
}
