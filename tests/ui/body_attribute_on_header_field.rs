use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(OK)]
struct Report {
    #[header(CONTENT_TYPE)]
    #[body(content_type = "text/csv")]
    content_type: String,
    rows: Vec<u8>,
}

fn main() {}
