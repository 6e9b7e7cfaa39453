use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(OK)]
enum Listing {
    #[status(OK)]
    Page(String),
}

fn main() {}
