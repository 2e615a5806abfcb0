//! The thin layer that touches the browser, one job per module. Nothing
//! here panics on outside data, and nothing here renders.

pub mod address;
pub mod ask;
pub mod crash;
pub mod dates;
pub mod dom;
pub mod feedback;
pub mod fetch;
pub mod head;
pub mod markup;
pub mod storage;
pub mod takeover;

pub use address::*;
pub use ask::*;
pub use crash::*;
pub use dates::*;
pub use dom::*;
pub use feedback::*;
pub use fetch::*;
pub use head::*;
pub use markup::*;
pub use storage::*;
pub use takeover::*;
