//! Checks `data/clients.toml` against the vocabulary and the codes, and hangs each client's
//! facts on the statuses they are about.
//!
//! Every client of the `Client` vocabulary has exactly one entry, every code a rule names is in
//! the dataset and listed once per client (a redirect or retry rule may list it again for
//! releases that do not overlap), and versions are release numbers, each range running forwards.

use std::cmp::Ordering;

use toml::Spanned;

use super::diagnostic::Diagnostic;
use super::load::File;
use super::model::{self, ClientInfo};
use super::schema::{ClientEntry, Clients, RetryRule};

/// A rule's codes and the releases `[since, until)` it holds for.
type Ranged<'a> = (&'a [Spanned<u16>], Option<&'a Spanned<String>>, Option<&'a Spanned<String>>);
use super::sorted::CodeSet;
use super::validate::{is_token, is_version, text, texts};
use super::vocabulary::Client;

/// Checks the file and fills in each status's client facts; returns the clients in
/// `Client::ALL` order (empty when one is missing, which is reported).
pub fn check(
    errors: &mut Vec<Diagnostic>,
    file: &File,
    clients: &Clients,
    codes: &CodeSet,
    statuses: &mut [model::Status],
) -> Vec<ClientInfo> {
    let mut check = Check { errors, file };
    // Each client's entry, at `Client as usize`.
    let mut seen: [Option<&ClientEntry>; Client::ALL.len()] = [None; Client::ALL.len()];
    for entry in &clients.clients {
        let client = *entry.key.get_ref();
        if let Some(first) = seen[client as usize] {
            let line = file.error(Some(first.key.span()), "").line;
            check.at(&entry.key, format!("client `{}` already has an entry at line {line}; merge the two", client.key()));
            continue;
        }
        seen[client as usize] = Some(entry);
        check.entry(entry, codes);
    }
    for client in Client::ALL {
        if seen[client as usize].is_none() {
            check.errors.push(Diagnostic::file(
                &file.shown,
                format!("no `[[clients]]` entry with `key = \"{}\"`: every client of the vocabulary needs one", client.key()),
            ));
        }
    }

    let mut infos = Vec::new();
    for client in Client::ALL {
        let Some(entry) = seen[client as usize] else { return Vec::new() };
        infos.push(ClientInfo {
            client,
            version: entry.version.get_ref().clone(),
            retry_note: entry.retry_note.get_ref().clone(),
            honours_retry_after: text(entry.honours_retry_after.as_ref()),
            document: entry.source.document.get_ref().clone(),
            section: text(entry.source.section.as_ref()),
            url: entry.source.url.get_ref().clone(),
        });
        attach(entry, statuses);
    }
    infos
}

/// Copies one client's facts onto the statuses they name.
fn attach(entry: &ClientEntry, statuses: &mut [model::Status]) {
    let client = *entry.key.get_ref();
    for rule in &entry.redirects {
        for code in &rule.codes {
            if let Some(status) = status_of(statuses, code) {
                let method = rule.method.as_ref().map(|method| *method.get_ref());
                let (since, until, note) = (text(rule.since.as_ref()), text(rule.until.as_ref()), text(rule.note.as_ref()));
                // Fetch's redirect statuses are the ones browsers follow today.
                status.fetch_redirect |= client == Client::Fetch && until.is_none();
                status.redirect.push(model::Redirect { client, method, since, until, note });
            }
        }
    }
    for rule in &entry.retries {
        for code in &rule.codes {
            if let Some(status) = status_of(statuses, code) {
                status.retried_by.push(model::Retry {
                    client,
                    condition: *rule.condition.get_ref(),
                    methods: texts(&rule.methods),
                    since: text(rule.since.as_ref()),
                    until: text(rule.until.as_ref()),
                });
            }
        }
    }
    for code in &entry.null_body {
        if let Some(status) = status_of(statuses, code) {
            status.null_body.push(client);
        }
    }
}

fn status_of<'s>(statuses: &'s mut [model::Status], code: &Spanned<u16>) -> Option<&'s mut model::Status> {
    statuses.iter_mut().find(|status| status.code == *code.get_ref())
}

struct Check<'a> {
    errors: &'a mut Vec<Diagnostic>,
    file: &'a File,
}

impl Check<'_> {
    fn at<T>(&mut self, value: &Spanned<T>, message: impl Into<String>) {
        self.errors.push(self.file.error(Some(value.span()), message));
    }

    fn entry(&mut self, entry: &ClientEntry, codes: &CodeSet) {
        let key = entry.key.get_ref().key();
        for (value, what) in [(&entry.version, "version"), (&entry.retry_note, "retry_note"), (&entry.source.document, "document")] {
            self.text(value, what);
        }
        if let Some(section) = &entry.source.section {
            self.text(section, "section");
        }
        let url = &entry.source.url;
        if !url.get_ref().starts_with("https://") || url.get_ref().contains(char::is_whitespace) {
            self.at(url, format!("url `{}` must be an https:// address without spaces", url.get_ref()));
        }
        if let Some(version) = &entry.honours_retry_after {
            self.version(version);
        }

        self.codes(&entry.null_body, codes, &mut CodeSet::default(), &format!("`{key}` null_body"));
        let mut redirects = Vec::new();
        for rule in &entry.redirects {
            self.codes(&rule.codes, codes, &mut CodeSet::default(), "this rule");
            self.releases(rule.since.as_ref(), rule.until.as_ref());
            if let Some(note) = &rule.note {
                self.text(note, "note");
            }
            redirects.push((&rule.codes[..], rule.since.as_ref(), rule.until.as_ref()));
        }
        self.overlapping(key, "followed", &redirects);
        let mut retries = Vec::new();
        for rule in &entry.retries {
            self.retry_rule(rule, codes);
            retries.push((&rule.codes[..], rule.since.as_ref(), rule.until.as_ref()));
        }
        self.overlapping(key, "retried", &retries);
    }

    /// Codes exist, and each is listed once in the set `seen` collects.
    fn codes(&mut self, list: &[Spanned<u16>], codes: &CodeSet, seen: &mut CodeSet, what: &str) {
        for code in list {
            let number = *code.get_ref();
            if !codes.contains(number) {
                self.at(code, format!("code {number} is not in the dataset (no data/codes/{number}.toml)"));
            } else if !seen.insert(number) {
                self.at(code, format!("code {number} is listed twice in {what}"));
            }
        }
    }

    fn retry_rule(&mut self, rule: &RetryRule, codes: &CodeSet) {
        self.codes(&rule.codes, codes, &mut CodeSet::default(), "this rule");
        for method in &rule.methods {
            if !is_token(method.get_ref()) || method.get_ref().chars().any(|c| c.is_ascii_lowercase()) {
                self.at(method, format!("method `{}` must be an upper-case method name such as `GET`", method.get_ref()));
            }
        }
        self.releases(rule.since.as_ref(), rule.until.as_ref());
    }

    /// `since` and `until` are release numbers, and the range runs forwards.
    fn releases(&mut self, since: Option<&Spanned<String>>, until: Option<&Spanned<String>>) {
        for version in [since, until].into_iter().flatten() {
            self.version(version);
        }
        match (since, until) {
            (None, Some(until)) => self.at(until, "`until` needs `since`: say from which release the rule held"),
            (Some(since), Some(until))
                if is_version(since.get_ref())
                    && is_version(until.get_ref())
                    && compare(since.get_ref(), until.get_ref()) != Ordering::Less =>
            {
                self.at(until, format!("`until` ({}) must be a later release than `since` ({})", until.get_ref(), since.get_ref()));
            }
            _ => {}
        }
    }

    /// A code may appear in two redirect (or two retry) rules only for releases that do not
    /// overlap; `done` says what the rules do: `followed`, `retried`.
    fn overlapping(&mut self, key: &str, done: &str, rules: &[Ranged<'_>]) {
        let bound = |value: Option<&Spanned<String>>| value.map(|v| v.get_ref().clone());
        for (index, (later, later_since, later_until)) in rules.iter().enumerate() {
            for (earlier, earlier_since, earlier_until) in &rules[..index] {
                let (a, b) = ((bound(*earlier_since), bound(*earlier_until)), (bound(*later_since), bound(*later_until)));
                if !overlap(&a, &b) {
                    continue;
                }
                for code in later.iter().filter(|code| earlier.iter().any(|other| other.get_ref() == code.get_ref())) {
                    let line = self.file.error(Some(earlier[0].span()), "").line;
                    self.at(
                        code,
                        format!(
                            "code {} is already {done} by `{key}` in these releases (line {line}); give the earlier rule `until`, or this one a later `since`",
                            code.get_ref()
                        ),
                    );
                }
            }
        }
    }

    fn version(&mut self, version: &Spanned<String>) {
        if !is_version(version.get_ref()) {
            self.at(version, format!("version `{}` must be a release number such as `7.66.0`", version.get_ref()));
        }
    }

    fn text(&mut self, value: &Spanned<String>, what: &str) {
        let text = value.get_ref();
        if text.trim().is_empty() {
            self.at(value, format!("{what} must not be empty"));
        } else if text.trim() != text || text.contains('\n') {
            self.at(value, format!("{what} must be one line without spaces at its start or end"));
        }
    }
}

/// Whether two release ranges `[since, until)` share a release; a missing bound is open.
fn overlap(a: &(Option<String>, Option<String>), b: &(Option<String>, Option<String>)) -> bool {
    let before = |until: &Option<String>, since: &Option<String>| match (until, since) {
        (Some(until), Some(since)) => compare(until, since) != Ordering::Greater,
        _ => false,
    };
    !before(&a.1, &b.0) && !before(&b.1, &a.0)
}

/// Release numbers compared part by part: `7.9` comes before `7.61.1`.
pub fn compare(a: &str, b: &str) -> Ordering {
    // A missing part counts as 0, as does one that is not a number.
    let number = |part: Option<&str>| part.map_or(0, |part| part.parse::<u64>().unwrap_or(0));
    let (mut a, mut b) = (a.split('.'), b.split('.'));
    loop {
        let (x, y) = (a.next(), b.next());
        if x.is_none() && y.is_none() {
            return Ordering::Equal;
        }
        let order = number(x).cmp(&number(y));
        if order != Ordering::Equal {
            return order;
        }
    }
}
