//! Standard output: a closed pipe (`| head`) is not an error, but closed or failing output is.

use std::io::{self, Write};
use std::process::ExitCode;

/// Writes `text` to standard output.
pub(crate) fn print(text: &str) -> ExitCode {
    if was_closed() {
        eprintln!("status-atlas: cannot write output: standard output is closed");
        return ExitCode::FAILURE;
    }
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("status-atlas: cannot write output: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Whether the program started with standard output closed (`>&-`). Rust's runtime then opens
/// `/dev/null` read-write in its place, so writes would succeed and the output be lost; a
/// redirection to `/dev/null` by the shell opens it write-only, which tells the two apart.
#[cfg(target_os = "linux")]
fn was_closed() -> bool {
    const ACCESS_MODE: u32 = 0o3;
    const READ_WRITE: u32 = 0o2;
    let null = std::fs::read_link("/proc/self/fd/1").is_ok_and(|target| target == std::path::Path::new("/dev/null"));
    let flags = std::fs::read_to_string("/proc/self/fdinfo/1").ok().and_then(|info| {
        let octal = info.lines().find_map(|line| line.strip_prefix("flags:"))?;
        u32::from_str_radix(octal.trim(), 8).ok()
    });
    null && flags.is_some_and(|flags| flags & ACCESS_MODE == READ_WRITE)
}

/// Elsewhere the runtime's replacement cannot be told from a redirection.
#[cfg(not(target_os = "linux"))]
fn was_closed() -> bool {
    false
}
