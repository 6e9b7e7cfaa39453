//! Sorted vectors in place of `BTreeSet` and `BTreeMap`. Every user compiles the build script,
//! and each B-tree instantiation is thousands of lines of LLVM IR; sets of a few hundred codes
//! and maps of a few thousand texts need no more than a binary search.

/// A set of status codes, iterated in ascending order.
#[derive(Debug, Default)]
pub struct CodeSet(Vec<u16>);

impl CodeSet {
    /// Adds `code`; `false` when it was already there.
    pub fn insert(&mut self, code: u16) -> bool {
        match self.0.binary_search(&code) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, code);
                true
            }
        }
    }

    pub fn contains(&self, code: u16) -> bool {
        self.0.binary_search(&code).is_ok()
    }

    /// The codes, ascending.
    pub fn codes(&self) -> &[u16] {
        &self.0
    }
}

/// Texts to values, iterated in the order of the texts (byte-wise, as `str` compares).
#[derive(Debug)]
pub struct TextMap<V>(Vec<(String, V)>);

impl<V> Default for TextMap<V> {
    fn default() -> Self {
        TextMap(Vec::new())
    }
}

impl<V> TextMap<V> {
    /// Where `text` is, or where it would go.
    fn find(&self, text: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(key, _)| key.as_str().cmp(text))
    }

    /// Sets the value of `text`; returns the value it replaces.
    pub fn insert(&mut self, text: String, value: V) -> Option<V> {
        match self.find(&text) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (text, value));
                None
            }
        }
    }

    /// The value of `text`, which is `value` if `text` was absent.
    pub fn get_or_insert(&mut self, text: String, value: V) -> &mut V {
        let at = match self.find(&text) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (text, value));
                at
            }
        };
        &mut self.0[at].1
    }

    /// The pairs, in order of text.
    pub fn into_vec(self) -> Vec<(String, V)> {
        self.0
    }
}
