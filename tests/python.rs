//! Cross-checks the Python names against the `python3` on this machine: every `http.HTTPStatus`
//! member (aliases included) and every `http.client` constant must be in the dataset with the
//! same code, and every name the dataset records for this Python version must exist there.

use std::collections::HashSet;
use std::process::Command;

use status_atlas::{Ecosystem, Status};

const DUMP: &str = r#"
import http, http.client, sys
print("%d.%d" % sys.version_info[:2])
for name, member in http.HTTPStatus.__members__.items():
    print("%s\t%d\t%s\t%d\t%s" % (name, member.value, member.phrase, int(getattr(http.client, name, None) == member.value), member.description))
"#;

struct Member {
    name: String,
    code: u16,
    phrase: String,
    in_client: bool,
    description: String,
}

/// Python's version and members, or `None` (with the reason printed) when there is no python3.
fn python() -> Option<((u32, u32), Vec<Member>)> {
    let output = match Command::new("python3").arg("-c").arg(DUMP).output() {
        Ok(output) if output.status.success() => output,
        Ok(output) => {
            println!("skipped: python3 failed: {}", String::from_utf8_lossy(&output.stderr));
            return None;
        }
        Err(error) => {
            println!("skipped: no python3 on this machine ({error})");
            return None;
        }
    };
    let text = String::from_utf8(output.stdout).expect("python prints UTF-8");
    let mut lines = text.lines();
    let version = parse_version(lines.next().expect("a version line")).expect("a version");
    let members = lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            Member {
                name: fields[0].to_owned(),
                code: fields[1].parse().unwrap(),
                phrase: fields[2].to_owned(),
                in_client: fields[3] == "1",
                description: fields[4].to_owned(),
            }
        })
        .collect();
    Some((version, members))
}

fn parse_version(text: &str) -> Option<(u32, u32)> {
    let (major, minor) = text.split_once('.')?;
    Some((major.parse().ok()?, minor.split('.').next()?.parse().ok()?))
}

#[test]
fn every_python_member_is_in_the_dataset() {
    let Some((version, members)) = python() else { return };
    println!("checking {} members of Python {}.{}", members.len(), version.0, version.1);
    assert!(members.len() >= 55);
    for member in &members {
        let status =
            Status::from_u16(member.code).unwrap_or_else(|| panic!("Python has {} but the dataset has no {}", member.name, member.code));
        assert_eq!(
            Status::from_alias(Ecosystem::PythonHttpStatus, &format!("http.HTTPStatus.{}", member.name)),
            Some(status),
            "{}",
            member.name
        );
        if member.in_client {
            assert_eq!(Status::from_alias(Ecosystem::Python3, &format!("http.client.{}", member.name)), Some(status), "{}", member.name);
        }
        assert_eq!(Status::lookup(&member.phrase), Some(status), "Python's phrase `{}` for {}", member.phrase, member.code);
    }
}

#[test]
fn every_name_for_this_python_exists_in_python() {
    let Some((version, members)) = python() else { return };
    for status in Status::ALL {
        for alias in status.aliases_in(Ecosystem::PythonHttpStatus) {
            let since = alias.since.and_then(parse_version).unwrap_or((3, 5));
            let removed = alias.removed_in.and_then(parse_version);
            let present = members.iter().find(|member| member.name == alias.bare());
            if since <= version && removed.is_none_or(|removed| version < removed) {
                let member = present.unwrap_or_else(|| panic!("{} (since {since:?}) is missing from Python {version:?}", alias.name));
                assert_eq!(member.code, status.code(), "{}", alias.name);
            } else {
                assert!(present.is_none(), "{} is recorded as from {since:?} but Python {version:?} has it", alias.name);
            }
        }
    }
}

/// Our prose is written fresh: no text of ours repeats a run of eight words from Python's
/// `HTTPStatus` descriptions.
#[test]
fn no_prose_repeats_python_descriptions() {
    const RUN: usize = 8;
    let Some((_, members)) = python() else { return };
    let mut python_runs = HashSet::new();
    for member in &members {
        let words = words(&member.description);
        python_runs.extend(words.windows(RUN).map(|run| run.join(" ")));
    }
    // Python 3.11's descriptions are terse: few reach eight words.
    assert!(python_runs.len() > 20, "Python's descriptions were not read");
    for status in Status::ALL {
        let mut texts = vec![status.summary(), status.description()];
        texts.extend(status.related().iter().map(|related| related.why));
        texts.extend(status.notes().iter().map(|note| note.text));
        texts.extend(status.headers().iter().map(|header| header.note));
        texts.extend(status.origins().iter().map(|origin| origin.note));
        for text in texts {
            for run in words(text).windows(RUN) {
                let run = run.join(" ");
                assert!(!python_runs.contains(&run), "{status} repeats Python's words: `{run}`");
            }
        }
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|word| !word.is_empty()).map(str::to_lowercase).collect()
}
