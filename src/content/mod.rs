//! The content model and its contract (`content-format.md`), with no web APIs:
//! parsing, validation and the decisions the page makes from content.

pub mod audience;
pub mod check;
pub mod cite;
pub mod date;
pub mod fold;
pub mod html;
pub mod json;
pub mod order;
pub mod model;
pub mod parse;
pub mod search;
pub mod seo;
pub mod slug;
pub mod url;

pub use date::Date;
pub use json::Json;
pub use model::*;
pub use parse::{ParseError, Problem, parse_article, parse_index, parse_page, parse_reply, parse_site};
pub use check::FileProblem;
pub use slug::is_slug;
pub use url::SafeUrl;
