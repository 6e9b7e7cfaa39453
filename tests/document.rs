//! `build/document.rs`, the build step's TOML parser, read against the `toml` crate: the same tree
//! and the same spans for every data file and for the TOML forms the data may use; malformed text
//! refused by both; floats and dates refused by ours with a message that says why.

#[path = "../build/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod codegen;

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use codegen::document::{self, Spanned, Value};
use proptest::prelude::*;
use toml::de::{DeTable, DeValue};

/// A parsed document in a form both parsers convert to: keys sorted, every span kept.
#[derive(Debug, PartialEq)]
enum Tree {
    String(String),
    Integer(i64),
    Boolean(bool),
    Array(Vec<(Range<usize>, Tree)>),
    /// Key, key span, value span, value.
    Table(Vec<(String, Range<usize>, Range<usize>, Tree)>),
}

fn ours(value: &Value) -> Tree {
    match value {
        Value::String(text) => Tree::String(text.clone()),
        Value::Integer(number) => Tree::Integer(*number),
        Value::Boolean(flag) => Tree::Boolean(*flag),
        Value::Array(items) => Tree::Array(items.iter().map(|item| (item.span(), ours(item.get_ref()))).collect()),
        Value::Table(table) => {
            let mut entries: Vec<_> =
                table.iter().map(|(key, value)| (key.get_ref().clone(), key.span(), value.span(), ours(value.get_ref()))).collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Tree::Table(entries)
        }
    }
}

/// The `toml` crate's tree; `None` if it holds a float or a date, which ours refuses.
fn theirs(value: &DeValue<'_>) -> Option<Tree> {
    Some(match value {
        DeValue::String(text) => Tree::String(text.to_string()),
        DeValue::Integer(number) => Tree::Integer(i64::from_str_radix(number.as_str(), number.radix()).ok()?),
        DeValue::Boolean(flag) => Tree::Boolean(*flag),
        DeValue::Float(_) | DeValue::Datetime(_) => return None,
        DeValue::Array(items) => Tree::Array(items.iter().map(|item| Some((item.span(), theirs(item.get_ref())?))).collect::<Option<_>>()?),
        DeValue::Table(table) => table_of_theirs(table)?,
    })
}

fn table_of_theirs(table: &DeTable<'_>) -> Option<Tree> {
    let mut entries = table
        .iter()
        .map(|(key, value)| Some((key.get_ref().to_string(), key.span(), value.span(), theirs(value.get_ref())?)))
        .collect::<Option<Vec<_>>>()?;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Some(Tree::Table(entries))
}

/// What the `toml` crate made of a text.
#[derive(Debug)]
enum Reference {
    Read(Tree),
    /// Parsed, but holding a float, a date or an integer it cannot convert.
    Unconvertible,
    Refused,
}

/// Both parsers' trees, with spans of tables made by headers left out of the comparison: `toml`
/// spans such a table from its header to its last key, ours spans the header.
fn both(text: &str) -> (Result<Tree, document::Error>, Reference) {
    let mine = document::parse(text).map(|root| forget_header_spans(ours(&Value::Table(root.into_inner()))));
    let reference = match DeTable::parse(text) {
        Ok(root) => table_of_theirs(root.get_ref()).map_or(Reference::Unconvertible, |tree| Reference::Read(forget_header_spans(tree))),
        Err(_) => Reference::Refused,
    };
    (mine, reference)
}

/// Blanks the value span of every table and array of tables (their extent is a convention);
/// keys, scalars, arrays written inline and their items keep theirs.
fn forget_header_spans(tree: Tree) -> Tree {
    match tree {
        Tree::Table(entries) => Tree::Table(
            entries
                .into_iter()
                .map(|(key, key_span, span, value)| {
                    let span = if matches!(value, Tree::Table(_)) || is_array_of_tables(&value) { 0..0 } else { span };
                    (key, key_span, span, forget_header_spans(value))
                })
                .collect(),
        ),
        Tree::Array(items) => {
            let tables = items.iter().all(|(_, item)| matches!(item, Tree::Table(_))) && !items.is_empty();
            Tree::Array(items.into_iter().map(|(span, item)| (if tables { 0..0 } else { span }, forget_header_spans(item))).collect())
        }
        other => other,
    }
}

fn is_array_of_tables(tree: &Tree) -> bool {
    matches!(tree, Tree::Array(items) if !items.is_empty() && items.iter().all(|(_, item)| matches!(item, Tree::Table(_))))
}

/// Ours reads `text` exactly as `toml` does.
fn assert_same(text: &str) {
    match both(text) {
        (Ok(mine), Reference::Read(reference)) => assert_eq!(mine, reference, "{text}"),
        (mine, reference) => panic!("`{text}`: ours {mine:?}, toml {reference:?}"),
    }
}

/// Both refuse `text`.
fn assert_refused(text: &str) {
    let (mine, reference) = both(text);
    // `toml` checks an integer's range only when it converts it: unconvertible counts as refused.
    assert!(!matches!(reference, Reference::Read(_)), "toml accepts `{text}`: the case is wrong");
    assert!(mine.is_err(), "ours accepts `{text}`: {mine:?}");
}

fn data_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            data_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            found.push(path);
        }
    }
}

#[test]
fn every_data_file_reads_as_toml_reads_it() {
    let mut files = Vec::new();
    data_files(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"), &mut files);
    assert!(files.len() > 80, "{files:?}");
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        match both(&text) {
            (Ok(mine), Reference::Read(reference)) => assert_eq!(mine, reference, "{}", file.display()),
            (mine, reference) => panic!("{}: ours {mine:?}, toml {reference:?}", file.display()),
        }
    }
}

#[test]
fn the_forms_the_data_may_use_read_alike() {
    let cases = [
        "a = 1\nb = -2\nc = +3\nd = 1_000\ne = 0xff\nf = 0xDEAD_beef\ng = 0o755\nh = 0b1101\ni = 0\nj = -0\n",
        "a = true\nb = false\n",
        "a = \"tab\\there \\\"quoted\\\" back\\\\slash \\u00e9 \\U0001F600 \\b\\f\\n\\r\"\n",
        "a = 'C:\\path\\no escapes'\nb = ''\nc = \"\"\n",
        "a = \"\"\"\nfirst line\n  second \\\n    joined\n\"\"\"\n",
        "a = \"\"\"one \\\n\n\n   two\"\"\"\nb = \"\"\"quotes \"\" inside\"\"\"\nc = \"\"\"ends in a quote\"\"\"\"\nd = \"\"\"two\"\"\"\"\"\n",
        "a = '''\nraw \\n text\n'''\nb = '''it's'''\nc = ''''quoted''''\n",
        "a.b.c = 1\na.b.d = 2\na.e = \"x\"\n\"quoted key\" = 3\n'literal key' = 4\n\"\" = 5\nbare-key_1 = 6\n",
        "a = [1, 2, 3,]\nb = [\n  \"x\", # a comment\n  \"y\"\n\n]\nc = []\nd = [[1, 2], [\"mixed\", true], []]\n",
        "a = { b = 1, c.d = \"x\", e = { f = [1] } }\nempty = {}\n",
        "[t]\nx = 1\n[t.sub]\ny = 2\n[other . \"quoted\"]\nz = 3\n",
        "[a.b.c]\nx = 1\n[a]\ny = 2\n[a.b]\nz = 3\n",
        "[[list]]\nx = 1\n[[list]]\nx = 2\n[list.detail]\ny = 3\n[[list.inner]]\nz = 4\n[[list.inner]]\nz = 5\n",
        "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n",
        "# comment only at the top\n\n   a = 1   # trailing comment\n\t\tb = 2\n[ spaced . header ]   # comment\n[[ spaced_array ]]\n",
        "\u{feff}a = 1\n",
        "a = \"caf\u{e9} \u{1F600}\"\n# comment with \u{e9}\n",
        "a = 1",
    ];
    for case in cases {
        assert_same(case);
    }
}

#[test]
fn malformed_text_is_refused_by_both() {
    let cases = [
        "a = 1\na = 2\n",
        "a.b = 1\na.b = 2\n",
        "a = 1\na.b = 2\n",
        "[a]\n[a]\n",
        "[a]\nb = 1\n[a.b]\n",
        "a = {}\n[a]\n",
        "a = { b = 1 }\na.c = 2\n",
        "a = [1]\n[[a]]\n",
        "[[a]]\n[a]\n",
        "[a]\n[[a]]\n",
        "[fruit]\napple.color = \"red\"\n[fruit.apple]\n",
        "a = \n",
        "a\n",
        "= 1\n",
        "a = 1 b = 2\n",
        "a = \"unclosed\n",
        "a = 'unclosed\n",
        "a = \"\"\"never closed\n",
        "a = '''never closed\n",
        "a = \"bad \\q escape\"\n",
        "a = \"\\u12\"\n",
        "a = \"\\uD800\"\n",
        "a = [1, 2\n",
        "a = [1 2]\n",
        "a = { b = 1\n",
        "a = { b = 1 c = 2 }\n",
        "a = { b = 1, b = 2 }\n",
        "[a\n",
        "[[a]\n",
        "[]\n",
        "a = 01\n",
        "a = 1__0\n",
        "a = _1\n",
        "a = 1_\n",
        "a = +0x10\n",
        "a = 0xG\n",
        "a = 9223372036854775808\n",
        "a = bare\n",
        "a = \"\"\"six quotes\"\"\"\"\"\"\n",
        "a = \"control \u{1} char\"\n",
        "# control \u{1} in a comment\n",
        "a = 1\r\n\rb = 2\n",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q = 1\n",
        "\0\0\0",
    ];
    for case in cases {
        if case.starts_with("a.b.c.d.e.f.g.h") {
            // toml nests this deep; we refuse past MAX_KEY_PARTS on purpose.
            assert!(document::parse(case).unwrap_err().message.contains("nests 17 tables deep"));
            continue;
        }
        assert_refused(case);
    }
}

#[test]
fn floats_and_dates_are_refused_by_name() {
    for (text, words) in [
        ("a = 1.5\n", "no field holds a fraction"),
        ("a = 1e3\n", "no field holds a fraction"),
        ("a = inf\n", "no field holds a fraction"),
        ("a = -nan\n", "no field holds a fraction"),
        ("a = 2025-09-15\n", "dates are written as strings"),
        ("a = 07:32:00\n", "dates are written as strings"),
        ("a = 1979-05-27T07:32:00Z\n", "dates are written as strings"),
    ] {
        let error = document::parse(text).unwrap_err();
        assert!(error.message.contains(words), "`{text}`: {error:?}");
        assert_eq!(error.span.start, 4, "`{text}`: the error is at the value");
        assert!(DeTable::parse(text).is_ok(), "`{text}` is valid TOML");
    }
}

#[test]
fn errors_point_at_the_problem() {
    let error = document::parse("a = 1\nb = 2\na = 3\n").unwrap_err();
    assert_eq!((error.span, error.message.as_str()), (12..13, "duplicate key `a`: it is already defined on line 1"));
    let error = document::parse("a = \"fine\"\nb = \"not closed\n").unwrap_err();
    assert_eq!(error.span.start, 15);
    let error = document::parse("a = [1, 2\n").unwrap_err();
    assert!(error.message.contains("expected `,` or `]` in the array, found the end of the file"), "{error:?}");
    let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let error = document::parse(&format!("a = {deep}\n")).unwrap_err();
    assert!(error.message.contains("nest more than 16 deep"), "{error:?}");
}

/// One edit to a real data file: delete, insert or replace a few bytes somewhere.
fn edited(text: &str, at: usize, cut: usize, insert: &str) -> String {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut end = (at + cut).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    format!("{}{insert}{}", &text[..at], &text[end..])
}

proptest! {
    /// Near-misses of a real file: whatever `toml` accepts (floats and dates aside) ours reads to
    /// the same tree and spans, and whatever `toml` refuses ours refuses.
    #[test]
    fn edits_of_a_data_file_read_alike(
        text in prop::sample::select(vec![
            include_str!("../data/codes/204.toml"),
            include_str!("../data/clients.toml"),
            include_str!("../data/dataset.toml"),
        ]),
        at in 0usize..20_000,
        cut in 0usize..4,
        insert in prop::sample::select(vec!["", "\"", "'", "=", "[", "]", "[[", "{", "}", ",", ".", "\n", "#", "\\", "a", "1", " ", "\"\"\"", "x = 1\n", "[spec]\n", "_", "-", "0x", "\t", "[[clients.retry]]\n", "a.b = 2\n", "{ x = 1 }", "\\u00e9", "'''", "7.5", "2025-01-01"]),
    ) {
        let text = edited(text, at, cut, insert);
        match both(&text) {
            (Ok(mine), Reference::Read(reference)) => prop_assert_eq!(mine, reference),
            (Err(_), Reference::Refused) => {}
            // A float or a date, or an integer `toml` parses lazily and cannot convert (`0x`).
            (Err(error), Reference::Unconvertible) => prop_assert!(
                ["fraction", "dates", "not a valid integer"].iter().any(|words| error.message.contains(words)),
                "{:?}",
                error
            ),
            (mine, reference) => prop_assert!(false, "`{}`: ours {:?}, toml {:?}", text, mine, reference),
        }
    }
}

/// TOML's punctuation, letters and digits, with any character now and then.
fn toml_ish_text() -> impl Strategy<Value = String> {
    let punctuation: Vec<char> = "abc019 \t\n\r\"'\\[]{}=.,#_+:-".chars().collect();
    prop::collection::vec(prop_oneof![4 => prop::sample::select(punctuation), 1 => any::<char>()], 0..120)
        .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    /// Any text at all gets a tree or an error, never a panic, and an error's span lies in the text.
    #[test]
    fn arbitrary_text_never_panics(text in toml_ish_text()) {
        if let Err(error) = document::parse(&text) {
            prop_assert!(error.span.start <= error.span.end && error.span.end <= text.len(), "{:?}", error);
            prop_assert!(!error.message.is_empty());
        }
    }
}

/// A span is the byte range of the value as written, quotes included.
#[test]
fn spans_are_byte_ranges_of_the_text() {
    let text = "code = 204\nreason = \"No Content\"\n";
    let root = document::parse(text).unwrap();
    let reason: &Spanned<Value> = root.get_ref().get("reason").unwrap();
    assert_eq!(&text[reason.span()], "\"No Content\"");
    assert_eq!(reason.get_ref().as_str(), Some("No Content"));
}
