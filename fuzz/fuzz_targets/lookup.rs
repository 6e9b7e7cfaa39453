//! Arbitrary text through every text lookup: `Status::lookup`, `FromStr`,
//! `Status::from_alias` for every ecosystem and `Status::suggestions`. None may panic, `lookup`
//! and `parse` must agree, every status found must round-trip through its `Display` form
//! (`204 No Content`), and suggestions are at most three, the found status alone when there is
//! one.

#![no_main]

use libfuzzer_sys::fuzz_target;
use status_atlas::{Ecosystem, Status};

fn round_trips(status: Status, how: &str, text: &str) {
    let shown = status.to_string();
    assert_eq!(shown.parse::<Status>(), Ok(status), "{how}({text:?}) gave {status:?}, whose Display {shown:?} does not parse back");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };

    let looked_up = Status::lookup(text);
    let parsed = text.parse::<Status>();
    assert_eq!(looked_up, parsed.ok(), "lookup({text:?}) and parse disagree: {parsed:?}");
    if let Some(status) = looked_up {
        round_trips(status, "lookup", text);
    }

    let mut suggested = Status::suggestions(text);
    let first = suggested.next();
    let more = suggested.count();
    assert!(more <= 2, "suggestions({text:?}) gave more than three");
    if let Some(status) = looked_up {
        assert_eq!((first, more), (Some(status), 0), "suggestions({text:?}) for a found status");
    }

    for ecosystem in Ecosystem::ALL {
        if let Some(status) = Status::from_alias(ecosystem, text) {
            round_trips(status, &format!("from_alias({ecosystem:?}, ..)"), text);
        }
    }
});
