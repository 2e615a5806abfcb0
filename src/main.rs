#[cfg(target_arch = "wasm32")]
fn main() {
    medanswers::mount();
}

/// The app runs in a browser: build it with Trunk (see the README).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("medanswers is a browser app: serve it with `bash .ci/serve`, build it with `bash .ci/deploy`");
    std::process::exit(2);
}
