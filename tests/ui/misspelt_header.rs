use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Rejected {
    #[status(SERVICE_UNAVAILABLE)]
    Busy {
        #[header(RETRY_AFTR)]
        retry_after: u32,
    },
}

fn main() {}
