use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Saved {
    #[status(299)]
    Almost,
}

fn main() {}
