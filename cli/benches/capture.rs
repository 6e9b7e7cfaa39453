//! The capture reader's time on large captures, each at two sizes so that linear time shows as
//! a constant throughput: thousands of nginx-like responses back to back (framed by
//! Content-Length), thousands of 204s, 100,000 and 200,000 header lines in one response, and
//! decoded chunked content quoting a status line every few lines (the search for where the next
//! response starts). Figures are recorded in BENCHMARKS.md.
//!
//! Run: `cargo bench -p status-atlas-cli --bench capture -- --warm-up-time 1 --measurement-time 3`

#[path = "../src/capture/mod.rs"]
#[allow(dead_code, reason = "the bench reads responses, not every field the CLI prints")]
mod capture;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// A response as nginx sends a small HTML page, with `Content-Length`.
fn nginx_page(index: usize) -> Vec<u8> {
    let body = format!("<html>\r\n<head><title>page {index}</title></head>\r\n<body>{}</body>\r\n</html>\r\n", "x".repeat(300));
    let mut response = format!(
        "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nDate: Sun, 06 Dec 2026 15:25:37 GMT\r\nContent-Type: text/html\r\nContent-Length: \
         {}\r\nLast-Modified: Sun, 06 Dec 2026 15:25:35 GMT\r\nConnection: keep-alive\r\nETag: \"6b157e6f-{index:x}\"\r\n\
         Accept-Ranges: bytes\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body.as_bytes());
    response
}

fn pages(count: usize) -> Vec<u8> {
    (0..count).flat_map(nginx_page).collect()
}

fn no_contents(count: usize) -> Vec<u8> {
    b"HTTP/1.1 204 No Content\r\nServer: nginx/1.22.1\r\nDate: Sun, 06 Dec 2026 15:25:37 GMT\r\n\r\n".repeat(count)
}

/// One response with `lines` header lines over 1,000 distinct names.
fn header_lines(lines: usize) -> Vec<u8> {
    let mut input = b"HTTP/1.1 200 OK\r\n".to_vec();
    for line in 0..lines {
        input.extend_from_slice(format!("X-Trace-{}: value {line}\r\n", line % 1000).as_bytes());
    }
    input.extend_from_slice(b"Content-Length: 0\r\n\r\n");
    input
}

/// Decoded chunked content (curl's output) quoting a status line every fourth line, then one
/// more response.
fn quoting(lines: usize) -> Vec<u8> {
    let mut input = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for line in 0..lines {
        let text = match line % 4 {
            0 => "HTTP/1.1 204 No Content\n".to_owned(),
            1 => format!("Content-Length: {line}\n"),
            2 => "\n".to_owned(),
            _ => "and some prose about what the response above means for a client.\n".to_owned(),
        };
        input.extend_from_slice(text.as_bytes());
    }
    input.extend_from_slice(b"HTTP/1.1 204 No Content\r\n\r\n");
    input
}

/// An input: its name, its smaller size, how to make it, and how many responses it holds.
struct Case {
    name: &'static str,
    size: usize,
    make: fn(usize) -> Vec<u8>,
    responses: fn(usize) -> usize,
}

const CASES: [Case; 4] = [
    Case { name: "nginx pages", size: 4_000, make: pages, responses: |size| size },
    Case { name: "204s", size: 20_000, make: no_contents, responses: |size| size },
    Case { name: "header lines", size: 100_000, make: header_lines, responses: |_| 1 },
    Case { name: "quoting lines", size: 100_000, make: quoting, responses: |_| 2 },
];

fn bench(c: &mut Criterion) {
    for case in CASES {
        let mut group = c.benchmark_group(format!("capture/{}", case.name));
        group.sample_size(10);
        for size in [case.size, 2 * case.size] {
            let input = (case.make)(size);
            let read = capture::read(&input, false).expect("the input reads");
            assert_eq!(read.responses.len(), (case.responses)(size), "{}", case.name);
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_function(size.to_string(), |b| {
                b.iter(|| capture::read(black_box(&input), false).expect("reads").responses.len());
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
