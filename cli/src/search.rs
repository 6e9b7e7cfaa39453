//! `status-atlas search WORDS`: statuses ranked by where the words appear in them.

use status_atlas::Status;

use crate::failure::{self, Failure};
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

/// How well a status matches the words.
#[derive(Clone, Copy)]
struct Score {
    points: u32,
    /// The points from the reason phrase alone: equal phrase matches rank registered codes first.
    in_reason: u32,
    /// Whether some word is in the phrase, a name or the summary, not only in longer prose.
    strong: bool,
}

/// The score of `status` for `words`, or `None` if a word is found nowhere in it.
fn score(status: Status, words: &[String]) -> Option<Score> {
    let reason = normalize(status.reason());
    let names: Vec<String> =
        status.aliases().iter().map(|alias| normalize(alias.name)).chain([normalize(status.record().const_name)]).collect();
    let summary = normalize(status.summary());
    let mut prose = normalize(status.description());
    for note in status.notes() {
        prose.push(' ');
        prose.push_str(&normalize(note.text));
    }
    let mut total = Score { points: 0, in_reason: 0, strong: false };
    for word in words {
        let mut points = 0;
        if reason.contains(word.as_str()) {
            points += IN_REASON;
            total.in_reason += IN_REASON;
        }
        if names.iter().any(|name| name.contains(word.as_str())) {
            points += IN_NAME;
        }
        if summary.contains(word.as_str()) {
            points += IN_SUMMARY;
        }
        if status.code().to_string() == *word {
            points += IN_REASON * 2;
        }
        total.strong |= points > 0;
        points += IN_PROSE * u32::try_from(prose.matches(word.as_str()).count().min(5)).unwrap_or(5);
        if points == 0 {
            return None;
        }
        total.points += points;
    }
    Some(total)
}

/// Statuses matching every word, best first: by the words in the reason phrase, then registered
/// codes before unofficial ones, then by the words elsewhere. When some status has a word in its phrase, names or summary, statuses that mention
/// the words only in their longer prose are left out.
pub(crate) fn ranked(query: &str) -> Vec<Status> {
    let words: Vec<String> = normalize(query).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(Score, Status)> =
        Status::ALL.iter().filter_map(|status| score(*status, &words).map(|score| (score, *status))).collect();
    if scored.iter().any(|(score, _)| score.strong) {
        scored.retain(|(score, _)| score.strong);
    }
    scored.sort_by_key(|(score, status)| {
        (std::cmp::Reverse(score.in_reason), !status.is_registered(), std::cmp::Reverse(score.points), status.code())
    });
    scored.into_iter().map(|(_, status)| status).collect()
}

pub(crate) fn run(query: &str, as_json: bool, style: Style) -> Outcome {
    if normalize(query).split_whitespace().next().is_none() {
        return Err(Failure::new("give at least one word to search for"));
    }
    let found = ranked(query);
    if found.is_empty() {
        return Err(Failure::new(format!("no code matches {}", failure::shown(query))));
    }
    if as_json { Ok(json::statuses(found)) } else { Ok(list::table(&found, style)) }
}
