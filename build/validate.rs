//! Checks the loaded data and builds the [`Model`]. Every problem is collected, with its position,
//! so one build reports them all.

use std::ops::Range;

use toml::Spanned;

use super::clients;
use super::diagnostic::Diagnostic;
use super::ecosystem::Spelling;
use super::load::{File, Loaded};
use super::model::{self, Ambiguity, Model};
use super::schema::{self, Body, Entry};
use super::sorted::{CodeSet, TextMap};
use super::vocabulary::lookup_text;
use super::vocabulary::{Class, Ecosystem, Registration};

/// Fewest words in a description: enough to explain meaning, use and pitfalls.
const DESCRIPTION_MIN_WORDS: usize = 60;

/// Longest summary, so it fits a line of a terminal table after the code and phrase.
const SUMMARY_MAX: usize = 110;

/// Validates everything that was loaded.
///
/// # Errors
/// Every problem found, load errors included, in file order.
pub fn validate(loaded: &Loaded) -> Result<Model, Vec<Diagnostic>> {
    let mut check = Checker { errors: loaded.errors.clone() };

    let (registry_updated, registry_url, sources) = match &loaded.dataset {
        Some((index, dataset)) => check.dataset(&loaded.files[*index], dataset),
        None => Default::default(),
    };

    // In ascending order of code, each code once.
    let mut statuses: Vec<model::Status> = Vec::new();
    for (position, (index, entry)) in loaded.entries.iter().enumerate() {
        let file = &loaded.files[*index];
        let code = *entry.code.get_ref();
        // A code defined again names the latest file that defined it before.
        if let Some(previous) = loaded.entries[..position].iter().rposition(|(_, earlier)| *earlier.code.get_ref() == code) {
            let previous = &loaded.files[loaded.entries[previous].0];
            check.at(file, &entry.code, format!("code {code} is already defined in {}", previous.shown));
            continue;
        }
        if let Some(status) = check.entry(file, entry) {
            statuses.insert(statuses.partition_point(|other| other.code < code), status);
        }
    }

    // A code whose file failed to load still exists: references to it are not the referrer's fault.
    let mut codes = CodeSet::default();
    for (_, entry) in &loaded.entries {
        codes.insert(*entry.code.get_ref());
    }
    for code in &loaded.unloaded_codes {
        codes.insert(*code);
    }
    for (index, entry) in &loaded.entries {
        check.cross_references(&loaded.files[*index], entry, &codes);
    }
    check.unique_const_names(loaded);
    let alias_keys = check.alias_keys(loaded);
    let (lookup_keys, exact_keys, ambiguities) = check.lookup_keys(loaded, &statuses);
    let clients = match &loaded.clients {
        Some((index, clients)) => clients::check(&mut check.errors, &loaded.files[*index], clients, &codes, &mut statuses),
        None => Vec::new(),
    };

    if check.errors.is_empty() {
        Ok(Model { statuses, registry_updated, registry_url, sources, lookup_keys, exact_keys, ambiguities, alias_keys, clients })
    } else {
        // In order of place, problems at one place in the order found, each once in a row.
        let mut errors: Vec<Diagnostic> = Vec::with_capacity(check.errors.len());
        for error in check.errors {
            let at = errors.partition_point(|earlier| place(earlier) <= place(&error));
            if at == 0 || errors[at - 1] != error {
                errors.insert(at, error);
            }
        }
        Err(errors)
    }
}

/// Where a problem is, which orders the report.
fn place(error: &Diagnostic) -> (&str, usize, usize) {
    (&error.file, error.line, error.column)
}

struct Checker {
    errors: Vec<Diagnostic>,
}

/// Folded lookup keys, exact spellings (each to its code) and the documented ambiguities.
type LookupKeys = (Vec<(String, u16)>, Vec<(String, u16)>, Vec<Ambiguity>);

/// A status's claim on a lookup text: its code, and the text as written with its place.
type Claim<'f> = (u16, &'f File, Range<usize>, String);

impl Checker {
    fn at<T>(&mut self, file: &File, value: &Spanned<T>, message: impl Into<String>) {
        self.errors.push(file.error(Some(value.span()), message));
    }

    fn dataset(&mut self, file: &File, dataset: &schema::Dataset) -> (String, String, Vec<model::Source>) {
        let updated = &dataset.updated;
        if !is_iso_date(updated.get_ref()) {
            self.at(file, updated, "registry.updated must be a date written YYYY-MM-DD");
        }
        self.url(file, &dataset.url);
        let mut sources = Vec::new();
        for source in &dataset.sources {
            for field in [&source.topic, &source.name, &source.version, &source.location] {
                self.text(file, field, "source field");
            }
            sources.push(model::Source {
                topic: source.topic.get_ref().clone(),
                name: source.name.get_ref().clone(),
                version: source.version.get_ref().clone(),
                location: source.location.get_ref().clone(),
            });
        }
        (updated.get_ref().clone(), dataset.url.get_ref().clone(), sources)
    }

    /// Checks one entry on its own; `None` when it is too broken to use.
    fn entry(&mut self, file: &File, entry: &Entry) -> Option<model::Status> {
        let code = *entry.code.get_ref();
        let errors_before = self.errors.len();

        let class = *entry.class.get_ref();
        self.identity(file, entry, class);

        self.phrase(file, &entry.reason, "reason");
        let const_name = self.const_name(file, entry);

        let registration = *entry.registration.get_ref();
        self.registration(file, entry, registration);
        if let Some(description) = &entry.iana_description {
            self.text(file, description, "iana_description");
        }

        let summary = entry.summary.get_ref();
        self.text(file, &entry.summary, "summary");
        if summary.contains('\n') || summary.chars().count() > SUMMARY_MAX || !summary.ends_with('.') {
            self.at(
                file,
                &entry.summary,
                format!("summary must be one sentence on one line, ending with a period, at most {SUMMARY_MAX} characters"),
            );
        }
        self.description(file, &entry.description);

        let body = *entry.body.get_ref();
        if body == Body::Allowed && (class == Class::Informational || matches!(code, 204 | 205 | 304)) {
            self.at(file, &entry.body, format!("{code} responses never carry content (RFC 9110); set `body = \"forbidden\"`"));
        }

        let spec = entry.spec.as_ref().and_then(|spec| self.spec(file, spec));
        let mut previous_specs = Vec::new();
        for spec in &entry.previous_specs {
            if let Some(spec) = self.spec(file, spec) {
                previous_specs.push(spec);
            }
        }
        let cacheable_elsewhere = entry.cacheable_elsewhere.as_ref().and_then(|rule| {
            self.text(file, &rule.note, "note");
            Some(model::CacheRule { cacheable: rule.cacheable, spec: self.spec(file, &rule.spec)?, note: rule.note.get_ref().clone() })
        });

        let headers = self.headers(file, entry);

        for method in &entry.methods {
            if !is_token(method.get_ref()) || method.get_ref().chars().any(|c| c.is_ascii_lowercase()) {
                self.at(file, method, format!("method `{}` must be an upper-case method name such as `PUT`", method.get_ref()));
            }
        }
        self.prose(file, entry);

        let aliases = self.aliases(file, &entry.aliases);
        let mut deprecated_const_names = Vec::new();
        for alias in &aliases[Ecosystem::RustHttp as usize] {
            if let Some(name) = alias.name.strip_prefix(Ecosystem::RustHttp.qualifier())
                && name != const_name
            {
                deprecated_const_names.push(name.to_owned());
            }
        }

        if self.errors.len() > errors_before {
            return None;
        }
        let mut status = model::Status {
            code,
            reason: entry.reason.get_ref().clone(),
            const_name,
            deprecated_const_names,
            class,
            registration,
            registration_expires: text(entry.registration_expires.as_ref()),
            obsoleted: entry.obsoleted.as_ref().is_some_and(|flag| *flag.get_ref()),
            iana_description: text(entry.iana_description.as_ref()),
            summary: summary.clone(),
            description: entry.description.get_ref().trim().to_owned(),
            legacy_reasons: Vec::new(),
            cacheable_by_default: *entry.cacheable_by_default.get_ref(),
            cacheable_elsewhere,
            body,
            spec,
            previous_specs,
            headers,
            methods: texts(&entry.methods),
            related: Vec::new(),
            notes: Vec::new(),
            origins: Vec::new(),
            aliases,
            fetch_redirect: false,
            redirect: Vec::new(),
            retried_by: Vec::new(),
            null_body: Vec::new(),
        };
        copy_lists(entry, &mut status);
        Some(status)
    }

    /// The code, its file name and its class agree.
    fn identity(&mut self, file: &File, entry: &Entry, class: Class) {
        let code = *entry.code.get_ref();
        let stem = file.path.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
        if stem != code.to_string() {
            self.at(file, &entry.code, format!("code {code} is in a file named `{stem}.toml`; name the file `{code}.toml`"));
        }
        if !(100..=599).contains(&code) {
            self.at(file, &entry.code, format!("code {code} is outside 100-599, the range of HTTP status codes"));
        }
        if code / 100 != class.digit() {
            self.at(
                file,
                &entry.class,
                format!("class `{}` does not match code {code}, which is in the {}xx class", class.key(), code / 100),
            );
        }
    }

    fn headers(&mut self, file: &File, entry: &Entry) -> Vec<model::Header> {
        let mut headers = Vec::new();
        for header in &entry.headers {
            if !is_token(header.field.get_ref()) {
                self.at(file, &header.field, format!("header field `{}` is not a field name", header.field.get_ref()));
            }
            self.text(file, &header.note, "note");
            if let Some(spec) = self.spec(file, &header.spec) {
                headers.push(model::Header {
                    field: header.field.get_ref().clone(),
                    level: header.level,
                    conditional: header.conditional.as_ref().is_some_and(|flag| *flag.get_ref()),
                    spec,
                    note: header.note.get_ref().clone(),
                });
            }
        }
        headers
    }

    /// The const name: given, or derived from the reason phrase.
    fn const_name(&mut self, file: &File, entry: &Entry) -> String {
        if let Some(name) = &entry.const_name {
            if !is_upper_snake(name.get_ref()) {
                self.at(file, name, format!("const_name `{}` must be UPPER_SNAKE_CASE", name.get_ref()));
            }
            return name.get_ref().clone();
        }
        let derived = const_name_of(entry.reason.get_ref());
        if !is_upper_snake(&derived) {
            self.at(file, &entry.reason, format!("cannot derive a const name from reason `{}`; add `const_name`", entry.reason.get_ref()));
        }
        derived
    }

    /// One to three paragraphs of real substance.
    fn description(&mut self, file: &File, description: &Spanned<String>) {
        self.text(file, description, "description");
        let text = description.get_ref().trim();
        let paragraphs = text.split("\n\n").count();
        let words = text.split_whitespace().count();
        if !(1..=3).contains(&paragraphs) || words < DESCRIPTION_MIN_WORDS {
            self.at(
                file,
                description,
                format!("description must be one to three paragraphs of at least {DESCRIPTION_MIN_WORDS} words; it has {paragraphs} paragraphs and {words} words"),
            );
        }
    }

    /// The free-text fields: present and trimmed.
    fn prose(&mut self, file: &File, entry: &Entry) {
        for related in &entry.related {
            self.text(file, &related.why, "why");
        }
        for note in &entry.notes {
            self.text(file, &note.text, "note");
        }
        for origin in &entry.origins {
            self.text(file, &origin.who, "who");
            self.text(file, &origin.note, "note");
            if let Some(phrase) = &origin.phrase {
                self.phrase(file, phrase, "phrase");
            }
        }
        for legacy in &entry.legacy_reasons {
            self.phrase(file, &legacy.reason, "reason");
            self.text(file, &legacy.source, "source");
        }
    }

    fn registration(&mut self, file: &File, entry: &Entry, registration: Registration) {
        let unofficial = registration == Registration::Unofficial;
        match (&entry.spec, unofficial) {
            (None, false) => self.at(file, &entry.registration, "a registered code needs a `[spec]` table naming its defining document"),
            (Some(spec), true) => {
                self.at(file, spec, "an unofficial code has no defining spec; describe who uses it in `[[origins]]` instead");
            }
            _ => {}
        }
        match (&entry.registration_expires, registration) {
            (None, Registration::Temporary) => self.at(
                file,
                &entry.registration,
                "a temporary registration needs `registration_expires`, the date the registry says it expires (YYYY-MM-DD)",
            ),
            (Some(date), Registration::Temporary) if !is_iso_date(date.get_ref()) => {
                self.at(file, date, "registration_expires must be a date written YYYY-MM-DD");
            }
            (Some(date), other) if other != Registration::Temporary => {
                self.at(file, date, "`registration_expires` is for temporary registrations only");
            }
            _ => {}
        }
        if let Some(obsoleted) = &entry.obsoleted
            && *obsoleted.get_ref()
            && unofficial
        {
            self.at(
                file,
                obsoleted,
                "`obsoleted` marks a registered code the registry lists as \"(OBSOLETED)\"; an unofficial code has no registry entry",
            );
        }
        if unofficial && entry.origins.is_empty() {
            self.at(file, &entry.registration, "an unofficial code needs at least one `[[origins]]` entry saying who uses it");
        }
        if !unofficial && !entry.origins.is_empty() {
            self.at(file, &entry.registration, "`[[origins]]` is for unofficial codes; a registered code has `[spec]`");
        }
        if unofficial && *entry.cacheable_by_default.get_ref() {
            self.at(
                file,
                &entry.cacheable_by_default,
                "only codes RFC 9110 section 15.1 lists are cacheable by default; an unofficial code is not",
            );
        }
    }

    fn spec(&mut self, file: &File, spec: &Spanned<schema::Spec>) -> Option<model::Spec> {
        let value = spec.get_ref();
        self.text(file, &value.document, "document");
        if let Some(section) = &value.section
            && !is_section(section.get_ref())
        {
            self.at(file, section, format!("section `{}` must be a section number such as `15.3.5` or `A.2`", section.get_ref()));
        }
        let url = if let Some(url) = &value.url {
            self.url(file, url);
            url.get_ref().clone()
        } else if let Some(number) =
            value.document.get_ref().strip_prefix("RFC ").filter(|number| number.chars().all(|c| c.is_ascii_digit()))
        {
            let anchor = value.section.as_ref().map(|section| format!("#section-{}", section.get_ref())).unwrap_or_default();
            format!("https://www.rfc-editor.org/rfc/rfc{number}{anchor}")
        } else {
            self.at(file, spec, format!("`{}` is not an RFC, so its `url` must be given", value.document.get_ref()));
            return None;
        };
        Some(model::Spec { document: value.document.get_ref().clone(), section: value.section.as_ref().map(|s| s.get_ref().clone()), url })
    }

    fn aliases(&mut self, file: &File, aliases: &[Vec<Spanned<schema::Alias>>]) -> Vec<Vec<model::Alias>> {
        let mut all = Vec::new();
        for (ecosystem, list) in Ecosystem::ALL.into_iter().zip(aliases) {
            let mut names = Vec::new();
            let mut seen_legacy = false;
            for alias in list {
                let value = alias.get_ref();
                if let Err(message) = ecosystem.check(&value.name) {
                    self.at(file, alias, message);
                }
                if names.iter().any(|earlier: &model::Alias| earlier.name == value.name) {
                    self.at(file, alias, format!("{} name `{}` is listed twice", ecosystem.key(), value.name));
                }
                for version in [&value.since, &value.legacy_since, &value.removed_in].into_iter().flatten() {
                    if !is_version(version) {
                        self.at(file, alias, format!("version `{version}` must be a release number such as `3.13` or `1.2.0`"));
                    }
                }
                let current = value.is_current();
                if current && seen_legacy {
                    self.at(
                        file,
                        alias,
                        format!(
                            "{} name `{}` is current but listed after a legacy name; list current names first",
                            ecosystem.key(),
                            value.name
                        ),
                    );
                }
                seen_legacy |= !current;
                names.push(value.clone());
            }
            all.push(names);
        }
        all
    }

    fn cross_references(&mut self, file: &File, entry: &Entry, codes: &CodeSet) {
        let mut seen = CodeSet::default();
        for related in &entry.related {
            let code = *related.code.get_ref();
            if code == *entry.code.get_ref() {
                self.at(file, &related.code, "a code cannot be related to itself");
            } else if !codes.contains(code) {
                self.at(file, &related.code, format!("related code {code} is not in the dataset"));
            } else if !seen.insert(code) {
                self.at(file, &related.code, format!("related code {code} is listed twice"));
            }
        }
    }

    fn unique_const_names(&mut self, loaded: &Loaded) {
        // Each entry's name; a name given again is checked against the latest entry that had it.
        let mut names: Vec<String> = Vec::with_capacity(loaded.entries.len());
        for (index, entry) in &loaded.entries {
            let file = &loaded.files[*index];
            let name = entry.const_name.as_ref().map_or_else(|| const_name_of(entry.reason.get_ref()), |name| name.get_ref().clone());
            if let Some(previous) = names.iter().rposition(|earlier| *earlier == name)
                && let owner = *loaded.entries[previous].1.code.get_ref()
                && owner != *entry.code.get_ref()
            {
                let at = entry.const_name.as_ref().map_or(entry.reason.span(), Spanned::span);
                self.errors
                    .push(file.error(Some(at), format!("const name `{name}` is also the name of {owner}; set a distinct `const_name`")));
            }
            names.push(name);
        }
    }

    /// Every spelling per ecosystem; a spelling that names two codes is an error.
    fn alias_keys(&mut self, loaded: &Loaded) -> Vec<Vec<(String, u16)>> {
        let mut per_ecosystem = Vec::new();
        for (position, ecosystem) in Ecosystem::ALL.into_iter().enumerate() {
            let mut keys = TextMap::default();
            for (index, entry) in &loaded.entries {
                let code = *entry.code.get_ref();
                for alias in &entry.aliases[position] {
                    for spelling in ecosystem.spellings(&alias.get_ref().name) {
                        if let Some(other) = keys.insert(spelling.clone(), code)
                            && other != code
                        {
                            let file = &loaded.files[*index];
                            self.at(
                                file,
                                alias,
                                format!("{} name `{spelling}` also names {other}; a name can mean only one code", ecosystem.key()),
                            );
                        }
                    }
                }
            }
            per_ecosystem.push(keys.into_vec());
        }
        per_ecosystem
    }

    /// The texts `Status::lookup` accepts: folded keys, and every exact spelling, each to its
    /// code. A text that names several codes goes to the registered one; two registered (or two
    /// unofficial) claimants are an error at the later claim, naming the earlier one.
    fn lookup_keys(&mut self, loaded: &Loaded, statuses: &[model::Status]) -> LookupKeys {
        let (mut valid, mut registered) = (CodeSet::default(), CodeSet::default());
        for status in statuses {
            valid.insert(status.code);
            if status.registration != Registration::Unofficial {
                registered.insert(status.code);
            }
        }
        // Folded text -> every claim on it: (code, file, span, exact spelling).
        let mut claims: TextMap<Vec<Claim<'_>>> = TextMap::default();
        for (index, entry) in &loaded.entries {
            let code = *entry.code.get_ref();
            if !valid.contains(code) {
                continue;
            }
            for (text, span) in lookup_texts(entry) {
                claims.get_or_insert(lookup_key(&text), Vec::new()).push((code, &loaded.files[*index], span, text));
            }
        }
        let mut keys = Vec::new();
        let mut exact = TextMap::default();
        let mut ambiguities = Vec::new();
        for (key, claimants) in claims.into_vec() {
            let mut codes = CodeSet::default();
            for (code, ..) in &claimants {
                codes.insert(*code);
            }
            let codes = codes.codes();
            // One claimant wins; of several, the one registered code if there is exactly one.
            let winner = if let [only] = codes {
                Some(*only)
            } else {
                let mut registered_codes = codes.iter().filter(|code| registered.contains(**code));
                registered_codes.next().filter(|_| registered_codes.next().is_none()).copied()
            };
            if let Some(winner) = winner {
                if codes.len() > 1 {
                    let mut others = Vec::new();
                    for code in codes {
                        if *code != winner {
                            others.push(*code);
                        }
                    }
                    ambiguities.push(Ambiguity { text: key.clone(), winner, others });
                }
                for (_, _, _, text) in claimants {
                    exact.insert(text, winner);
                }
                keys.push((key, winner));
            } else {
                let (first_code, first_file, first_span, _) = &claimants[0];
                let first = first_file.error(Some(first_span.clone()), "");
                let (code, file, span, text) = claimants.iter().find(|(code, ..)| code != first_code).expect("two codes claim the text");
                self.errors.push(file.error(
                    Some(span.clone()),
                    format!(
                        "`{text}` names {code}, but lookups already read it as {first_code} ({}:{}:{}); both are {}, so neither wins: rename one of them",
                        first.file,
                        first.line,
                        first.column,
                        if registered.contains(*code) { "registered" } else { "unofficial" },
                    ),
                ));
            }
        }
        (keys, exact.into_vec(), ambiguities)
    }

    /// Reason phrases are RFC 9112 reason-phrase text: printable ASCII, one line. Anything else
    /// would print badly in a status line or, through a derived const name, rename a public const.
    fn phrase(&mut self, file: &File, value: &Spanned<String>, what: &str) {
        self.text(file, value, what);
        if let Some(bad) = value.get_ref().chars().find(|c| !(c.is_ascii_graphic() || *c == ' ')) {
            self.at(
                file,
                value,
                format!(
                    "{what} `{}` holds {bad:?} ({}): a reason phrase is printable ASCII on one line",
                    value.get_ref(),
                    bad.escape_unicode()
                ),
            );
        }
    }

    fn text(&mut self, file: &File, value: &Spanned<String>, what: &str) {
        let text = value.get_ref();
        if text.trim().is_empty() {
            self.at(file, value, format!("{what} must not be empty"));
        } else if text.trim() != text && !text.contains('\n') {
            self.at(file, value, format!("{what} has spaces at its start or end"));
        }
    }

    fn url(&mut self, file: &File, url: &Spanned<String>) {
        let text = url.get_ref();
        if !text.starts_with("https://") || text.contains(char::is_whitespace) {
            self.at(file, url, format!("url `{text}` must be an https:// address without spaces"));
        }
    }
}

/// The entry's plain lists, copied into the status with loops: in the build script, which every
/// user compiles, a `collect` per list would be code of its own.
fn copy_lists(entry: &Entry, status: &mut model::Status) {
    for legacy in &entry.legacy_reasons {
        status.legacy_reasons.push((legacy.reason.get_ref().clone(), legacy.source.get_ref().clone()));
    }
    for related in &entry.related {
        status.related.push((*related.code.get_ref(), related.why.get_ref().clone()));
    }
    for note in &entry.notes {
        status.notes.push((note.kind, note.text.get_ref().clone()));
    }
    for origin in &entry.origins {
        status.origins.push(model::Origin {
            who: origin.who.get_ref().clone(),
            name: text(origin.name.as_ref()),
            phrase: text(origin.phrase.as_ref()),
            note: origin.note.get_ref().clone(),
        });
    }
}

/// The text of an optional field.
pub fn text(value: Option<&Spanned<String>>) -> Option<String> {
    value.map(|value| value.get_ref().clone())
}

/// The texts of a list.
pub fn texts(values: &[Spanned<String>]) -> Vec<String> {
    let mut texts = Vec::with_capacity(values.len());
    for value in values {
        texts.push(value.get_ref().clone());
    }
    texts
}

/// `text` folded as `Status::lookup` folds it (the library's own function), as a key.
pub fn lookup_key(text: &str) -> String {
    let mut bytes = Vec::with_capacity(text.len());
    lookup_text::fold(text, |byte| {
        bytes.push(byte);
        true
    });
    String::from_utf8(bytes).expect("folding keeps UTF-8 intact")
}

/// Every text that names the entry's status in a lookup, with where the data says it; the number
/// is handled separately. People type phrases in lower case too (`not found`), so that spelling
/// is listed as well, to skip folding.
fn lookup_texts(entry: &Entry) -> Vec<(String, Range<usize>)> {
    let reason = &entry.reason;
    let (const_name, const_span) = match &entry.const_name {
        Some(name) => (name.get_ref().clone(), name.span()),
        None => (const_name_of(reason.get_ref()), reason.span()),
    };
    let mut texts = vec![
        (reason.get_ref().clone(), reason.span()),
        (reason.get_ref().to_lowercase(), reason.span()),
        (format!("Status::{const_name}"), const_span.clone()),
        (format!("status_atlas::Status::{const_name}"), const_span.clone()),
        (const_name, const_span),
    ];
    let spanned = |text: &Spanned<String>| (text.get_ref().clone(), text.span());
    if let Some(description) = &entry.iana_description
        && !description.get_ref().starts_with('(')
    {
        texts.push(spanned(description));
    }
    for legacy in &entry.legacy_reasons {
        texts.push(spanned(&legacy.reason));
    }
    for origin in &entry.origins {
        if let Some(phrase) = &origin.phrase {
            texts.push(spanned(phrase));
        }
    }
    for (ecosystem, names) in Ecosystem::ALL.into_iter().zip(&entry.aliases) {
        for alias in names {
            let name = &alias.get_ref().name;
            for spelling in ecosystem.spellings(name) {
                texts.push((spelling, alias.span()));
            }
            // The `http` crate's older names are deprecated consts of ours.
            if let Some(old) = name.strip_prefix(Ecosystem::RustHttp.qualifier()).filter(|_| ecosystem == Ecosystem::RustHttp) {
                texts.push((format!("Status::{old}"), alias.span()));
                texts.push((format!("status_atlas::Status::{old}"), alias.span()));
            }
        }
    }
    texts
}

/// `No Content` -> `NO_CONTENT`, `I'm a teapot` -> `IM_A_TEAPOT`, `(Unused)` -> `UNUSED`.
pub fn const_name_of(reason: &str) -> String {
    let mut name = String::new();
    for c in reason.chars().filter(|c| *c != '\'') {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_uppercase());
        } else if !name.is_empty() && !name.ends_with('_') {
            name.push('_');
        }
    }
    name.trim_end_matches('_').to_owned()
}

pub fn is_upper_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// An RFC 9110 token, the grammar of field names and methods.
pub fn is_token(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

/// `15.3.5`, `3`, or an appendix such as `A.2`: what an RFC's `#section-` anchor takes.
fn is_section(text: &str) -> bool {
    let mut parts = text.split('.');
    let first = parts.next().unwrap_or_default();
    let number = |part: &str| !part.is_empty() && part.len() <= 3 && part.bytes().all(|byte| byte.is_ascii_digit());
    (number(first) || (first.len() == 1 && first.bytes().all(|byte| byte.is_ascii_uppercase()))) && parts.all(number)
}

pub fn is_version(text: &str) -> bool {
    !text.is_empty() && text.split('.').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
}

fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(index, byte)| if index == 4 || index == 7 { *byte == b'-' } else { byte.is_ascii_digit() })
}
