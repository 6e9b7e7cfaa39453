//! The Markdown rustdoc renders for the real dataset: short `Status` entries that link to the
//! cards, one full table (in `codes`) and a short overview (at the crate root), and names tables
//! that show only what exists. The build modules are compiled here through `#[path]`.

#[path = "../build/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod codegen;

use std::path::Path;

use codegen::model::Model;
use codegen::vocabulary::Registration;

fn model() -> Model {
    let loaded = codegen::load::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"), "data");
    codegen::validate::validate(&loaded).unwrap_or_else(|errors| panic!("{errors:?}"))
}

#[test]
fn each_status_const_is_one_line_linking_to_its_card() {
    for status in &model().statuses {
        let brief = codegen::doc::brief(status);
        assert!(!brief.contains('\n'), "{brief}");
        assert!(brief.starts_with(&format!("[`{} {}`](crate::codes::{})", status.code, status.reason, status.const_name)), "{brief}");
        assert!(brief.ends_with(&status.summary), "{brief}");
    }
}

#[test]
fn one_full_table_and_one_short_overview() {
    let model = model();
    let table = codegen::doc::table(&model);
    let overview = codegen::doc::overview(&model);
    // The overview: a header, its rule and a row per class.
    assert_eq!(overview.lines().count(), 2 + 5, "{overview}");
    for status in &model.statuses {
        let link = format!("[{}](crate::codes::{}", status.code, status.const_name);
        assert!(overview.contains(&link), "the overview lacks {}", status.code);
        assert!(table.contains(&format!("| {link}) | {} |", status.reason)), "the table lacks {}", status.code);
        assert!(table.contains(&status.summary), "the table lacks the summary of {}", status.code);
        assert!(!overview.contains(&status.summary), "the overview repeats the summary of {}", status.code);
    }
    assert_eq!(table.lines().filter(|line| line.starts_with("| [")).count(), model.statuses.len());
}

#[test]
fn names_tables_show_only_what_exists() {
    let model = model();
    for status in &model.statuses {
        let card = codegen::doc::card(&model, status);
        assert!(!card.contains("(none)"), "{}: {card}", status.code);
        let Some(names) = card.split("# Names in other ecosystems").nth(1) else { continue };
        let rows: Vec<&str> = names.lines().filter(|line| line.starts_with("| ") && !line.starts_with("| Ecosystem")).collect();
        assert!(!rows.is_empty(), "{}: a names heading without names", status.code);
        // Every row has a name, and a Remarks column only when some row has a remark.
        assert!(rows.iter().all(|row| row.contains('`')), "{}: {rows:?}", status.code);
        if names.contains("| Remarks |") {
            assert!(rows.iter().any(|row| !row.ends_with("|  |")), "{}: an empty Remarks column", status.code);
        }
    }
    // An unofficial code with few names lists only the ecosystems that have one.
    let unofficial = model.statuses.iter().find(|status| status.registration == Registration::Unofficial && status.code == 444);
    let card = codegen::doc::card(&model, unofficial.expect("444 in the dataset"));
    let rows = card
        .split("# Names in other ecosystems")
        .nth(1)
        .map_or(0, |names| names.lines().filter(|line| line.starts_with("| ") && !line.starts_with("| Ecosystem")).count());
    assert!(rows < 10, "{card}");
}

#[test]
fn the_search_hint_names_what_rustdoc_cannot_parse() {
    assert!(codegen::doc::SEARCH_HINT.contains("`:no_content`") && codegen::doc::SEARCH_HINT.contains("`http.StatusNoContent`"));
    assert!(codegen::doc::SEARCH_HINT.contains("`no_content`") && codegen::doc::SEARCH_HINT.contains("`StatusNoContent`"));
}
