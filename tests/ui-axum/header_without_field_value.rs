use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum ListDocuments {
    #[status(OK)]
    Listed {
        #[header("x-total-count")]
        total: u128,
        body: String,
    },
}

fn main() {}
