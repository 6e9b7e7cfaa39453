//! "Did you mean": the statuses closest to text that names none, without allocating.
//!
//! Names are compared after folding (letter case, `-`, `_` and `:` do not count) with the
//! optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
//! neighbours, so `nto foudn` is two edits from `not found`.

use crate::lookup::ParseStatusError;
use crate::{Class, Status};

/// How many statuses [`Status::suggestions`] yields at most.
const MAX_SUGGESTIONS: usize = 3;
/// The longest folded text compared, in characters. No name in the dataset is longer than 80
/// (a test checks), so text longer than this is more edits away from every name than its own
/// length allows (`128 - 80 > 128 / 4`): it is turned away without comparing.
const CAP: usize = 128;

/// Did-you-mean: the statuses closest to text that names none.
impl Status {
    /// The statuses `text` most likely meant, best first, at most three: for a message such as
    /// "unknown status `Not Fuond`; did you mean 404 Not Found?". It never allocates or panics.
    ///
    /// - Text that names a status ([`Status::lookup`]) yields that status alone.
    /// - A three-digit code the dataset lacks yields the nearest codes of its class (`299` gives
    ///   226, 208, 207); a code outside 100 to 599 yields nothing.
    /// - Other text is compared with every reason phrase, const name and ecosystem name (bare, so
    ///   `http.StatusTeapto` is compared as `StatusTeapto`), ignoring letter case, `-`, `_`, `:`
    ///   and quotes. A name counts when it is at most a quarter of the text's length in edits
    ///   away (at least one edit); ties go to registered codes, then to the lower code.
    /// - Text without a letter (`0`, `-1`, `?`) yields nothing: any name would be a guess.
    ///
    /// ```
    /// use status_atlas::Status;
    ///
    /// let text = "Not Fuond";
    /// assert_eq!(Status::lookup(text), None);
    /// let best: Vec<Status> = Status::suggestions(text).collect();
    /// assert_eq!(best, [Status::NOT_FOUND]);
    ///
    /// assert_eq!(Status::suggestions(":unprocesable_entity").next(), Some(Status::UNPROCESSABLE_CONTENT));
    /// assert_eq!(Status::suggestions("299").count(), 3);
    /// assert_eq!(Status::suggestions("0").next(), None);
    /// ```
    pub fn suggestions(text: &str) -> impl Iterator<Item = Status> {
        let mut best = Best::default();
        match text.parse::<Status>() {
            Ok(status) => best.offer(0, status),
            Err(ParseStatusError::ReasonMismatch { code } | ParseStatusError::UnknownCode(code)) => nearest_codes(code, &mut best),
            Err(_) => nearest_names(text, &mut best),
        }
        best.entries.into_iter().flatten().map(|(_, status)| status)
    }
}

/// The best statuses so far, sorted by distance, then registered first, then code.
#[derive(Default)]
struct Best {
    entries: [Option<(usize, Status)>; MAX_SUGGESTIONS],
}

impl Best {
    fn offer(&mut self, distance: usize, status: Status) {
        let key = |distance: usize, status: Status| (distance, !status.is_registered(), status.code());
        let mut candidate = (distance, status);
        for slot in &mut self.entries {
            match slot {
                None => {
                    *slot = Some(candidate);
                    return;
                }
                Some(held) if key(candidate.0, candidate.1) < key(held.0, held.1) => core::mem::swap(held, &mut candidate),
                Some(_) => {}
            }
        }
    }
}

/// The codes of `code`'s class nearest to it; the code's own status when it has one.
fn nearest_codes(code: u16, best: &mut Best) {
    if let Some(status) = Status::from_u16(code) {
        best.offer(0, status);
        return;
    }
    let Some(class) = Class::from_code(code) else { return };
    for status in Status::ALL.iter().filter(|status| status.class() == class) {
        best.offer(usize::from(status.code().abs_diff(code)), *status);
    }
}

fn nearest_names(text: &str, best: &mut Best) {
    let mut query = [' '; CAP];
    let Some(query) = fold(tail(text), &mut query) else { return };
    if !query.iter().any(|c| c.is_alphabetic()) {
        return;
    }
    let limit = (query.len() / 4).max(1);
    let mut name = [' '; CAP];
    for status in Status::ALL {
        let names = status.aliases().iter().map(crate::Alias::bare).chain([status.reason(), status.record().const_name]);
        let closest =
            names.filter_map(|text| fold(text, &mut name).map(|name| distance(query, name))).min().filter(|closest| *closest <= limit);
        if let Some(closest) = closest {
            best.offer(closest, *status);
        }
    }
}

/// The name part of a qualified name: `Status` in `http.Status`, `NO_CONTENT` in
/// `Response::NO_CONTENT`. A reason phrase such as "Request Time-out" has no qualifier.
fn tail(text: &str) -> &str {
    let text = text.trim();
    let after_dot = text.rsplit_once('.').map_or(text, |(_, tail)| tail);
    let tail = after_dot.rsplit_once("::").map_or(after_dot, |(_, tail)| tail);
    if tail.trim().is_empty() { text } else { tail }
}

/// `text` folded into `buffer`: ASCII lower-cased, `-`, `_` and white space read as one space,
/// `:` and `"` dropped, ends trimmed. `None` when it does not fit.
fn fold<'b>(text: &str, buffer: &'b mut [char; CAP]) -> Option<&'b [char]> {
    let mut len = 0;
    for c in text.chars() {
        let c = match c {
            ':' | '"' => continue,
            '-' | '_' => ' ',
            c if c.is_whitespace() => ' ',
            c => c.to_ascii_lowercase(),
        };
        if c == ' ' && (len == 0 || buffer[len - 1] == ' ') {
            continue;
        }
        *buffer.get_mut(len)? = c;
        len += 1;
    }
    if len > 0 && buffer[len - 1] == ' ' {
        len -= 1;
    }
    Some(&buffer[..len])
}

/// The optimal-string-alignment distance, with three rows on the stack.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut before = [0usize; CAP + 1];
    let mut previous = [0usize; CAP + 1];
    let mut current = [0usize; CAP + 1];
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let substitution = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut cell = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cell = cell.min(before[j - 2] + 1);
            }
            current[j] = cell;
        }
        before = previous;
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{CAP, distance, fold};
    use crate::Status;

    /// The longest name in the dataset, in folded characters, that `CAP` relies on.
    const NAME_MAX: usize = 80;

    fn chars(text: &str) -> ([char; CAP], usize) {
        let mut buffer = [' '; CAP];
        let len = fold(text, &mut buffer).map_or(0, <[char]>::len);
        (buffer, len)
    }

    #[test]
    fn distance_counts_swaps_as_one_edit() {
        let (a, a_len) = chars("nto foudn");
        let (b, b_len) = chars("Not Found");
        assert_eq!(distance(&a[..a_len], &b[..b_len]), 2);
        let (c, c_len) = chars("kitten");
        let (d, d_len) = chars("sitting");
        assert_eq!(distance(&c[..c_len], &d[..d_len]), 3);
        assert_eq!(distance(&[], &d[..d_len]), 7);
    }

    #[test]
    fn folding_ignores_case_separators_and_symbols() {
        let (a, a_len) = chars(" :Unprocessable_Entity ");
        let (b, b_len) = chars("unprocessable  entity");
        assert_eq!(a[..a_len], b[..b_len]);
    }

    /// The bound that lets long text be turned away without comparing it.
    #[test]
    fn every_name_fits_the_bound() {
        const { assert!(CAP - NAME_MAX > CAP / 4) };
        let mut buffer = [' '; CAP];
        for status in Status::ALL {
            let names = status.aliases().iter().map(crate::Alias::bare).chain([status.reason(), status.record().const_name]);
            for name in names {
                let folded = fold(name, &mut buffer).map(<[char]>::len);
                assert!(folded.is_some_and(|len| len <= NAME_MAX), "`{name}` is longer than NAME_MAX");
            }
        }
    }
}
