use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Upload {
    #[status(CONTINUE)]
    GoOn,
    #[status(CREATED)]
    Stored,
}

fn main() {}
