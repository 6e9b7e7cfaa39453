//! How strongly a specification asks for something.

keyed_enum! {
    /// How strongly a specification asks for something (RFC 2119 keywords).
    #[non_exhaustive]
    pub enum Requirement {
        /// MUST: required.
        Must = "must",
        /// SHOULD: expected unless there is a good reason.
        Should = "should",
        /// MAY: optional.
        May = "may",
        /// The definition assumes the field without an RFC 2119 keyword (303's `Location`).
        Expected = "expected",
        /// SHOULD NOT: to be left out unless there is a good reason.
        ShouldNot = "should_not",
        /// MUST NOT: forbidden (`Content-Length` on a 204).
        MustNot = "must_not",
    }
}

impl Requirement {
    /// The keyword as specifications write it: `MUST`, `SHOULD NOT`..., or `expected`.
    pub const fn keyword(self) -> &'static str {
        match self {
            Requirement::Must => "MUST",
            Requirement::Should => "SHOULD",
            Requirement::May => "MAY",
            Requirement::Expected => "expected",
            Requirement::ShouldNot => "SHOULD NOT",
            Requirement::MustNot => "MUST NOT",
        }
    }
}

impl core::fmt::Display for Requirement {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.keyword())
    }
}
