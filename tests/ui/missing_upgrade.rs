use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Socket {
    #[status(UPGRADE_REQUIRED)]
    UseWebSocket(String),
}

fn main() {}
