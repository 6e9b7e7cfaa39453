use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status_atlas(path = "status_atlas")]
#[status(ACCEPTED)]
struct Queued;

fn main() {}
