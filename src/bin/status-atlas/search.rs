//! `status-atlas search WORDS`, and the "did you mean" hints for text that names no status.

use status_atlas::{ParseStatusError, Status};

use crate::style::Style;
use crate::{Outcome, json, list};

/// How much a word found in each part of a record counts.
const IN_REASON: u32 = 10;
const IN_NAME: u32 = 6;
const IN_SUMMARY: u32 = 4;
const IN_PROSE: u32 = 1;

fn normalize(text: &str) -> String {
    text.chars().map(|c| if c == '-' || c == '_' { ' ' } else { c.to_ascii_lowercase() }).filter(|c| *c != ':' && *c != '"').collect()
}

/// The score of `status` for `words`, or `None` if a word is found nowhere in it.
fn score(status: Status, words: &[String]) -> Option<u32> {
    let reason = normalize(status.reason());
    let names: Vec<String> =
        status.aliases().iter().map(|alias| normalize(alias.name)).chain([normalize(status.record().const_name)]).collect();
    let summary = normalize(status.summary());
    let mut prose = normalize(status.description());
    for note in status.notes() {
        prose.push(' ');
        prose.push_str(&normalize(note.text));
    }
    let mut total = 0;
    for word in words {
        let mut points = 0;
        if reason.contains(word.as_str()) {
            points += IN_REASON;
        }
        if names.iter().any(|name| name.contains(word.as_str())) {
            points += IN_NAME;
        }
        if summary.contains(word.as_str()) {
            points += IN_SUMMARY;
        }
        points += IN_PROSE * u32::try_from(prose.matches(word.as_str()).count().min(5)).unwrap_or(5);
        if status.code().to_string() == *word {
            points += IN_REASON * 2;
        }
        if points == 0 {
            return None;
        }
        total += points;
    }
    Some(total)
}

/// Statuses matching every word, best first.
pub(crate) fn ranked(query: &str) -> Vec<Status> {
    let words: Vec<String> = normalize(query).split_whitespace().map(str::to_owned).collect();
    let mut scored: Vec<(u32, Status)> =
        Status::ALL.iter().filter_map(|status| score(*status, &words).map(|points| (points, *status))).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, status)| status).collect()
}

pub(crate) fn run(query: &str, as_json: bool, style: Style) -> Outcome {
    let found = ranked(query);
    if found.is_empty() {
        return Err(format!("no code matches `{query}`"));
    }
    if as_json { Ok(json::pretty(&json::statuses(found))) } else { Ok(list::table(&found, style)) }
}

/// The one-line error for text that names no status, with the closest matches.
pub(crate) fn not_found(query: &str, error: ParseStatusError) -> String {
    let suggestions: Vec<String> = suggest(query, error).iter().map(Status::to_string).collect();
    if suggestions.is_empty() {
        format!("`{query}`: {error}")
    } else {
        format!("`{query}`: {error}; did you mean {}?", suggestions.join(", or "))
    }
}

/// Up to three statuses the user may have meant.
fn suggest(query: &str, error: ParseStatusError) -> Vec<Status> {
    if let ParseStatusError::UnknownCode(code) | ParseStatusError::ReasonMismatch { code } = error {
        if let Some(status) = Status::from_u16(code) {
            return vec![status];
        }
        let mut near: Vec<Status> = Status::ALL.to_vec();
        near.sort_by_key(|status| (status.code() / 100 != code / 100, status.code().abs_diff(code), status.code()));
        return near.into_iter().take(3).collect();
    }
    let query = normalize(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let limit = (query.chars().count() / 4).max(2);
    let mut scored: Vec<(usize, Status)> = Status::ALL
        .iter()
        .filter_map(|status| {
            let texts = status.aliases().iter().map(status_atlas::Alias::bare).chain([status.reason(), status.record().const_name]);
            let best = texts.map(|text| distance(&query, &normalize(text))).min()?;
            (best <= limit).then_some((best, *status))
        })
        .collect();
    scored.sort();
    let mut statuses: Vec<Status> = scored.into_iter().map(|(_, status)| status).take(3).collect();
    if statuses.is_empty() {
        statuses = ranked(&query).into_iter().take(3).collect();
    }
    statuses
}

/// Edit distance counting insertions, deletions, substitutions and swaps of neighbours
/// ("optimal string alignment"), so `nto foudn` is two edits from `not found`.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut table = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in table.iter_mut().enumerate() {
        row[0] = i;
    }
    table[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = table[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = substitution.min(table[i - 1][j] + 1).min(table[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[i - 2][j - 2] + 1);
            }
            table[i][j] = best;
        }
    }
    table[a.len()][b.len()]
}
