//! Prints the reference card of a status: `cargo run --example card -- 204`.
//!
//! Accepts anything `Status::lookup` does: `404`, `not found`, `:unprocessable_entity`,
//! `StatusTeapot`, `HttpStatusCode.Redirect`...

use std::process::ExitCode;

use status_atlas::{Ecosystem, Status};

fn main() -> ExitCode {
    let query = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    match query.parse::<Status>() {
        Ok(status) => {
            print_card(status);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("status-atlas: `{query}`: {error}");
            ExitCode::FAILURE
        }
    }
}

fn print_card(status: Status) {
    println!("{status}");
    println!("{}", status.summary());
    println!();
    println!("  class        {} ({}xx)", status.class(), status.code() / 100);
    let registration = if status.is_registered() { "IANA registry" } else { "unofficial" };
    println!("  registered   {registration} ({:?})", status.registration());
    if let Some(spec) = status.spec() {
        let section = spec.section.map(|section| format!(" section {section}")).unwrap_or_default();
        println!("  spec         {}{section}  {}", spec.document, spec.url);
    }
    for previous in status.previous_specs() {
        println!("  replaces     {} section {}", previous.document, previous.section.unwrap_or("-"));
    }
    println!(
        "  cacheable    {}",
        if status.is_cacheable_by_default() { "by default (RFC 9110 15.1)" } else { "only with explicit freshness" }
    );
    println!("  content      {}", if status.body_allowed() { "allowed" } else { "never" });
    for header in status.headers() {
        println!("  header       {} ({}): {}", header.field, header.level, header.note);
    }
    println!();
    for paragraph in status.description().split("\n\n") {
        println!("{}\n", paragraph.trim());
    }
    println!("Names elsewhere:");
    for ecosystem in Ecosystem::ALL {
        let names: Vec<String> = status
            .aliases_in(ecosystem)
            .map(|alias| if alias.is_current() { alias.name.to_owned() } else { format!("{} (legacy)", alias.name) })
            .collect();
        if !names.is_empty() {
            println!("  {:<28} {}", ecosystem.name(), names.join(", "));
        }
    }
}
