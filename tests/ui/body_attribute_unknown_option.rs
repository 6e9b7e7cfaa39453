use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(OK)]
struct Report(#[body(media_type = "text/csv")] Vec<u8>);

fn main() {}
