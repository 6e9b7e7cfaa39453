//! Lookups against what users would use instead: the `http` crate for code -> phrase, and a
//! prebuilt `HashMap` and a linear scan for text -> status. Every group runs the same shuffled
//! inputs through each contender. Ratios are recorded in BENCHMARKS.md.
//!
//! Run: `cargo bench --bench lookup`

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use status_atlas::{Ecosystem, Status};

/// A small deterministic shuffle (xorshift), so every run sees the same order.
fn shuffle<T>(items: &mut [T]) {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for index in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let other = usize::try_from(state % (index as u64 + 1)).unwrap();
        items.swap(index, other);
    }
}

/// Registered codes both crates know, shuffled, repeated to 1,000 inputs.
fn codes() -> Vec<u16> {
    let mut codes: Vec<u16> = Status::ALL
        .iter()
        .map(|status| status.code())
        .filter(|code| http::StatusCode::from_u16(*code).ok().and_then(|code| code.canonical_reason()).is_some())
        .cycle()
        .take(1000)
        .collect();
    shuffle(&mut codes);
    codes
}

/// What a user types: phrases in mixed case, const names, and qualified ecosystem names.
fn texts() -> Vec<(String, u16)> {
    let mut texts = Vec::new();
    for (index, status) in Status::ALL.iter().enumerate() {
        let reason = status.reason();
        let mixed = match index % 3 {
            0 => reason.to_owned(),
            1 => reason.to_lowercase(),
            _ => reason.to_uppercase(),
        };
        texts.push((mixed, status.code()));
        texts.push((status.record().const_name.to_owned(), status.code()));
        for alias in status.aliases().iter().filter(|alias| alias.is_current()) {
            texts.push((alias.name.to_owned(), status.code()));
        }
    }
    shuffle(&mut texts);
    texts
}

fn code_to_reason(c: &mut Criterion) {
    let codes = codes();
    let mut group = c.benchmark_group("code_to_reason");
    group.bench_function("status_atlas", |b| {
        b.iter(|| {
            for code in &codes {
                black_box(Status::from_u16(black_box(*code)).map(Status::reason));
            }
        });
    });
    group.bench_function("status_atlas_record", |b| {
        b.iter(|| {
            for code in &codes {
                black_box(Status::from_u16(black_box(*code)).map(Status::record));
            }
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for code in &codes {
                black_box(http::StatusCode::from_u16(black_box(*code)).ok().and_then(|code| code.canonical_reason()));
            }
        });
    });
    group.finish();
}

fn text_to_status(c: &mut Criterion) {
    let texts = texts();
    let map: HashMap<String, u16> = texts.iter().cloned().collect();
    let list: Vec<(String, u16)> = texts.clone();
    let mut group = c.benchmark_group("text_to_status");
    group.bench_function("lookup", |b| {
        b.iter(|| {
            for (text, _) in &texts {
                black_box(Status::lookup(black_box(text)));
            }
        });
    });
    group.bench_function("from_str", |b| {
        b.iter(|| {
            for (text, _) in &texts {
                black_box(black_box(text).parse::<Status>().ok());
            }
        });
    });
    group.bench_function("hashmap_exact", |b| {
        b.iter(|| {
            for (text, _) in &texts {
                black_box(map.get(black_box(text.as_str())));
            }
        });
    });
    group.bench_function("linear_scan", |b| {
        b.iter(|| {
            for (text, _) in &texts {
                let text = black_box(text.as_str());
                black_box(list.iter().find(|(key, _)| key.eq_ignore_ascii_case(text)));
            }
        });
    });
    group.finish();
}

fn alias_to_status(c: &mut Criterion) {
    let mut names: Vec<(Ecosystem, &'static str)> =
        Status::ALL.iter().flat_map(|status| status.aliases().iter().map(|alias| (alias.ecosystem, alias.name))).collect();
    shuffle(&mut names);
    let map: HashMap<(Ecosystem, &str), u16> =
        names.iter().map(|(ecosystem, name)| ((*ecosystem, *name), Status::from_alias(*ecosystem, name).unwrap().code())).collect();
    let mut group = c.benchmark_group("alias_to_status");
    group.bench_function("from_alias", |b| {
        b.iter(|| {
            for (ecosystem, name) in &names {
                black_box(Status::from_alias(*ecosystem, black_box(name)));
            }
        });
    });
    group.bench_function("hashmap_exact", |b| {
        b.iter(|| {
            for key in &names {
                black_box(map.get(black_box(key)));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, code_to_reason, text_to_status, alias_to_status);
criterion_main!(benches);
