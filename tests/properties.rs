//! Properties over arbitrary input: lookups never panic and agree with each other, and any
//! spelling variant of a known name finds its status.

use proptest::prelude::*;
use status_atlas::{Ecosystem, Status};

/// Every text a status is known by, with the status.
fn names() -> Vec<(String, Status)> {
    let mut names = Vec::new();
    for status in Status::ALL {
        names.push((status.reason().to_owned(), *status));
        names.push((status.record().const_name.to_owned(), *status));
        names.extend(status.aliases().iter().map(|alias| (alias.name.to_owned(), *status)));
    }
    names
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_and_paths_agree(text in any::<String>()) {
        let looked_up = Status::lookup(&text);
        prop_assert_eq!(looked_up, text.parse::<Status>().ok());
        for ecosystem in Ecosystem::ALL {
            if let Some(status) = Status::from_alias(ecosystem, &text) {
                prop_assert_eq!(looked_up, Some(status));
            }
        }
        if let Some(status) = looked_up {
            prop_assert_eq!(status.to_string().parse::<Status>(), Ok(status));
        }
    }

    #[test]
    fn text_near_names_never_panics(index in any::<prop::sample::Index>(), prefix in "\\PC{0,4}", suffix in "\\PC{0,4}") {
        let names = names();
        let (name, _) = &names[index.index(names.len())];
        let text = format!("{prefix}{name}{suffix}");
        prop_assert_eq!(Status::lookup(&text), text.parse::<Status>().ok());
    }

    #[test]
    fn case_and_separators_do_not_matter(index in any::<prop::sample::Index>(), flips in prop::collection::vec(any::<bool>(), 64)) {
        let names = names();
        let (name, status) = &names[index.index(names.len())];
        let varied: String = name
            .chars()
            .zip(flips.iter().cycle())
            .map(|(c, flip)| match (c, flip) {
                ('_', true) => '-',
                ('-', true) => '_',
                (c, true) if c.is_ascii_lowercase() => c.to_ascii_uppercase(),
                (c, true) if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
                (c, _) => c,
            })
            .collect();
        let found = Status::lookup(&varied);
        let ambiguous = status_atlas::AMBIGUITIES.iter().any(|ambiguity| ambiguity.also_names.contains(status));
        prop_assert!(found == Some(*status) || ambiguous, "`{}` (from `{}`) found {:?}", varied, name, found);
    }

    #[test]
    fn any_code_round_trips(code in any::<u16>()) {
        match Status::from_u16(code) {
            Some(status) => {
                prop_assert_eq!(status.code(), code);
                prop_assert_eq!(code.to_string().parse::<Status>(), Ok(status));
            }
            None => prop_assert!(code.to_string().parse::<Status>().is_err()),
        }
    }
}

proptest! {
    #[test]
    fn suggestions_never_panic_and_stay_few(text in any::<String>()) {
        let found: Vec<Status> = Status::suggestions(&text).collect();
        prop_assert!(found.len() <= 3);
        for (index, status) in found.iter().enumerate() {
            prop_assert!(!found[..index].contains(status), "{:?} repeats", status);
        }
        if let Some(status) = Status::lookup(&text) {
            prop_assert_eq!(found, vec![status]);
        }
    }

    #[test]
    fn a_typo_in_a_name_still_suggests_its_status(index in any::<prop::sample::Index>(), at in any::<prop::sample::Index>()) {
        let names = names();
        let (name, status) = &names[index.index(names.len())];
        let chars: Vec<char> = name.chars().collect();
        prop_assume!(chars.len() >= 4 && chars.iter().any(char::is_ascii_alphabetic));
        // Drop one letter: one edit, within the budget of any name of four or more characters.
        let cut = at.index(chars.len());
        prop_assume!(chars[cut].is_ascii_alphabetic());
        let typo: String = chars.iter().enumerate().filter(|(i, _)| *i != cut).map(|(_, c)| c).collect();
        let found: Vec<Status> = Status::suggestions(&typo).collect();
        let ambiguous = status_atlas::AMBIGUITIES.iter().any(|ambiguity| ambiguity.also_names.contains(status) || ambiguity.resolves_to == *status);
        let other_name = Status::lookup(&typo).is_some_and(|other| other != *status);
        prop_assert!(found.contains(status) || ambiguous || other_name || found.len() == 3, "`{}` (from `{}`) suggested {:?}", typo, name, found);
    }
}
