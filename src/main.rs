fn main() {
    medanswers::mount();
}
