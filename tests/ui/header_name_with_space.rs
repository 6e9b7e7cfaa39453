use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(OK)]
struct Tagged {
    #[header("request id")]
    id: String,
}

fn main() {}
