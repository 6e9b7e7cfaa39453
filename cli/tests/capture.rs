//! The CLI's capture reader on arbitrary bytes: it never panics, and a response it accepts is
//! split where its framing says, whatever follows.

#[path = "../src/capture/mod.rs"]
mod capture;

use proptest::prelude::*;

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        for head in [false, true] {
            match capture::read(&bytes, head) {
                Ok(capture) => prop_assert!(!capture.responses.is_empty()),
                Err(error) => prop_assert!(error.line >= 1 && !error.to_string().is_empty()),
            }
        }
    }

    #[test]
    fn arbitrary_bytes_after_a_status_line_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..300), code in 100u16..600) {
        let mut input = format!("HTTP/1.1 {code} X\r\n").into_bytes();
        input.extend_from_slice(&tail);
        let _ = capture::read(&input, false);
        let _ = capture::read(&input, true);
    }

    #[test]
    fn content_length_frames_any_content(content in proptest::collection::vec(any::<u8>(), 0..200)) {
        let mut input = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", content.len()).into_bytes();
        input.extend_from_slice(&content);
        input.extend_from_slice(b"HTTP/1.1 204 No Content\r\n\r\n");
        let responses = capture::read(&input, false).expect("two responses").responses;
        prop_assert_eq!(responses.len(), 2);
        prop_assert_eq!(responses[0].content_length, content.len());
        prop_assert_eq!(responses[1].status.as_u16(), 204);
        prop_assert_eq!(responses[1].content_length, 0);
    }

    #[test]
    fn chunked_content_is_framed(chunks in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 1..40), 0..5)) {
        let mut input = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n".to_vec();
        for chunk in &chunks {
            input.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            input.extend_from_slice(chunk);
            input.extend_from_slice(b"\r\n");
        }
        input.extend_from_slice(b"0\r\n\r\nHTTP/1.1 304 Not Modified\r\n\r\n");
        let responses = capture::read(&input, false).expect("two responses").responses;
        prop_assert_eq!(responses.len(), 2);
        prop_assert_eq!(responses[1].status.as_u16(), 304);
        prop_assert_eq!(responses[0].content_length, chunks.iter().map(Vec::len).sum::<usize>());
        let second = input.len() - b"HTTP/1.1 304 Not Modified\r\n\r\n".len();
        let lines = input[..second].split(|byte| *byte == b'\n').count();
        prop_assert_eq!(responses[1].line, lines);
    }
}

#[test]
fn stray_content_after_a_bodiless_status_belongs_to_it() {
    for code in [100, 103, 204, 304] {
        let input = format!("HTTP/1.1 {code} X\r\nA: b\r\n\r\nnot a status line\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        let responses = capture::read(input.as_bytes(), false).expect("two responses").responses;
        assert_eq!(responses.len(), 2, "{code}");
        assert_eq!(responses[0].content_length, "not a status line".len(), "{code}");
        assert_eq!(responses[0].status_line, format!("HTTP/1.1 {code} X"));
        assert_eq!(responses[0].headers["a"], "b");
    }
}

#[test]
fn after_switching_protocols_the_rest_is_not_http() {
    let input = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x05hello";
    let responses = capture::read(input, false).expect("one response").responses;
    assert_eq!(responses.len(), 1);
    assert_eq!((responses[0].status.as_u16(), responses[0].content_length), (101, 0));
}
