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

#[test]
fn quoted_status_lines_in_decoded_content_are_content_with_a_note() {
    // curl printed the chunks decoded; the content quotes a response with LF line ends.
    let input = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nsee:\nHTTP/1.1 204 No Content\nContent-Length: 5\n\nhello\n";
    let capture = capture::read(input, false).expect("one response");
    assert_eq!(capture.responses.len(), 1);
    assert_eq!(capture.responses[0].content_length, input.len() - b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".len());
    assert_eq!(capture.notes.len(), 1);
    let note = &capture.notes[0];
    assert_eq!((note.line, note.response), (5, Some(1)));
    assert!(note.text.contains("line 5 starts like a status line but is read as content"), "{}", note.text);
}

#[test]
fn a_redirect_followed_by_curl_has_no_content_whatever_its_length() {
    let input = b"HTTP/1.1 302 Found\r\nLocation: /b\r\nContent-Length: 145\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n";
    let capture = capture::read(input, false).expect("two responses");
    let codes: Vec<u16> = capture.responses.iter().map(|response| response.status.as_u16()).collect();
    assert_eq!(codes, [302, 204]);
    assert_eq!(capture.responses[0].content_length, 0);
    assert!(capture.notes.is_empty());
}

#[test]
fn a_response_can_start_in_the_middle_of_a_line() {
    let input =
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{\"a\":1}HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n";
    let capture = capture::read(input, false).expect("two responses");
    assert_eq!(capture.responses.len(), 2);
    assert_eq!((capture.responses[1].line, capture.responses[1].status.as_u16()), (4, 405));
    assert_eq!(capture.responses[0].content_length, 7);
    assert!(capture.notes[0].text.contains("response 2 is taken to start at line 4"), "{}", capture.notes[0].text);
}

#[test]
fn many_status_lines_quoted_in_one_long_line_are_read_once() {
    // Minified JSON quoting a status line 50,000 times on one line: each place is looked at in
    // constant time, so this takes milliseconds (it took minutes when each one read to the end
    // of the line).
    let mut input = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n[".to_vec();
    for _ in 0..50_000 {
        input.extend_from_slice(b"\"HTTP/1.1 200 OK\",");
    }
    input.extend_from_slice(b"\"\"]HTTP/1.1 204 No Content\r\n\r\n");
    let capture = capture::read(&input, false).expect("two responses");
    let codes: Vec<u16> = capture.responses.iter().map(|response| response.status.as_u16()).collect();
    assert_eq!(codes, [200, 204]);
}

#[test]
fn after_an_h2c_upgrade_curl_prints_the_http2_response() {
    // `curl -si --http2 http://...` to a server that upgrades: the 101, then the HTTP/2 response.
    let input =
        b"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\nHTTP/2 200 \r\ncontent-length: 2\r\n\r\nok";
    let capture = capture::read(input, false).expect("two responses");
    let codes: Vec<(u16, usize)> = capture.responses.iter().map(|response| (response.status.as_u16(), response.content_length)).collect();
    assert_eq!(codes, [(101, 0), (200, 2)]);
}
