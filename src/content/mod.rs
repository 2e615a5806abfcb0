//! The content model and its contract (`content-format.md`), with no web APIs:
//! the declarations, reading and validation, and the decisions the page
//! makes from content.

pub mod article_page;
pub mod audience;
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
pub mod chrome;
pub mod citation;
pub mod cite;
pub mod date;
pub mod declare;
pub mod extras;
#[cfg(not(target_arch = "wasm32"))]
pub mod files;
pub mod fold;
pub mod html;
pub mod inline;
pub mod json;
pub mod library;
pub mod listing;
pub mod markup;
pub mod model;
pub mod order;
pub mod pieces;
pub mod origin;
pub mod parse;
pub mod question;
pub mod read;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod search;
pub mod seo;
pub mod slug;
pub mod table;
pub mod url;
pub mod values;
#[cfg(not(target_arch = "wasm32"))]
pub mod write;

#[cfg(not(target_arch = "wasm32"))]
pub use check::FileProblem;
pub use date::Date;
pub use json::Json;
pub use model::*;
pub use parse::{ParseError, Problem, parse_article, parse_index, parse_page, parse_reply, parse_site};
pub use slug::is_slug;
pub use url::SafeUrl;
