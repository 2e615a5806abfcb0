//! One component per file. Components take plain data or signals; pages own data.

pub mod extras;
pub mod follow_up;
pub mod load_error_view;
pub mod slot;
pub mod tips;
pub mod article_view;
