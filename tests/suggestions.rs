//! `Status::suggestions`: the "did you mean" list, best first, without allocating.

use status_atlas::Status;

fn suggest(text: &str) -> Vec<u16> {
    Status::suggestions(text).map(Status::code).collect()
}

#[test]
fn typos_find_the_status_meant() {
    assert_eq!(suggest("nto foudn"), [404]);
    assert_eq!(suggest("Not Fuond"), [404]);
    assert_eq!(suggest("StatusTeapto"), [418]);
    assert_eq!(suggest("http.StatusTeapto"), [418], "the qualifier is set aside");
    assert_eq!(suggest(":unprocesable_entity"), [422]);
    assert_eq!(suggest("HttpStatusCode.NotFund"), [404]);
    assert_eq!(suggest("Too Many Request"), [429]);
}

#[test]
fn a_name_that_is_found_suggests_itself() {
    assert_eq!(suggest("no content"), [204]);
    assert_eq!(suggest("HTTP/1.1 503 Service Unavailable"), [503]);
}

#[test]
fn unknown_codes_suggest_their_neighbours_in_the_class() {
    let near = suggest("299");
    assert_eq!(near.len(), 3);
    assert!(near.iter().all(|code| (200..300).contains(code)), "{near:?}");
    // Each is at least as close to 299 as the one after it.
    assert!(near.windows(2).all(|pair| 299 - pair[0] <= 299 - pair[1]), "{near:?}");
    // A known code with the wrong phrase: the code is what was meant.
    assert_eq!(suggest("404 Not Fond At All"), [404]);
    assert!(suggest("999").is_empty());
    assert!(suggest("050").is_empty());
}

#[test]
fn text_without_letters_or_far_from_every_name_suggests_nothing() {
    for text in ["", "   ", "0", "-1", "12", "?", "4xx", "zzzzqqqq", "completely unrelated words here"] {
        assert!(suggest(text).is_empty(), "`{text}` suggested {:?}", suggest(text));
    }
    assert!(suggest(&"not found ".repeat(10_000)).is_empty());
}

#[test]
fn ties_go_to_registered_codes_then_lower_codes() {
    // Every yielded status is as close as the next, registered ones first among equals; checked
    // on text one edit away from several phrases at once.
    let found: Vec<Status> = Status::suggestions("Requested Header Too Large").collect();
    assert!(!found.is_empty() && found.len() <= 3);
    assert_eq!(found.iter().collect::<std::collections::HashSet<_>>().len(), found.len(), "no repeats");
}

#[test]
fn suggestions_never_allocate() {
    for text in ["nto foudn", "StatusTeapto", "299", "0", "http.StatusNoContent", "é\u{0}\u{1b}[31m"] {
        let info = allocation_counter::measure(|| {
            let mut count = 0;
            for status in Status::suggestions(text) {
                count += status.code();
            }
            std::hint::black_box(count);
        });
        assert_eq!(info.count_total, 0, "`{text}` allocated");
    }
}
