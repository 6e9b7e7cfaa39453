use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status_atlas(crate = "nowhere")]
#[status(ACCEPTED)]
struct Queued;

fn main() {}
