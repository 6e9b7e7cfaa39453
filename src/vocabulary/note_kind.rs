//! What a note on a status is about.

keyed_enum! {
    /// What a [`Note`](crate::Note) is about.
    #[non_exhaustive]
    pub enum NoteKind {
        /// How the code came to be as it is.
        History = "history",
        /// How browsers and other clients treat it.
        Client = "client",
        /// How it is used, or misused, in practice.
        Practice = "practice",
        /// A conflicting use of the same code.
        Clash = "clash",
    }
}
